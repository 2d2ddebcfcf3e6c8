package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.List;

/** Root resource classes whose {@code @Path} leads nowhere: no resource method, no sub-resource method, no locator. */
final class EmptyPaths {

    private EmptyPaths() {
    }

    static List<MethodWarning> find(ResourceModel model) {
        List<MethodWarning> warnings = new ArrayList<>();
        for (ResourceModel.ResourceClass resourceClass : model.classes()) {
            if (resourceClass.path() == null || !resourceClass.methods().isEmpty()
                    || !resourceClass.subResourceMethods().isEmpty() || !resourceClass.locators().isEmpty()) {
                continue;
            }
            String template = ResourceModel.join("", resourceClass.path());
            warnings.add(new MethodWarning(MethodWarning.Check.EMPTY_PATH, List.of(resourceClass.name()),
                    "GET " + ExamplePath.orTemplate(template),
                    resourceClass.name() + " has @Path(\"" + resourceClass.path() + "\") but no resource method,"
                            + " sub-resource method or locator: every request there gets 404"));
        }
        return warnings;
    }
}
