package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Root resource classes whose {@code @Path} values are one template (the same regular expression,
 * however written: {@code a}, {@code /a/}). Jersey and RESTEasy merge them into one resource;
 * Jakarta REST §3.7.2 step 2 and CXF select one class, so the other class's methods may be
 * unreachable there.
 */
final class SharedRootTemplates {

    private SharedRootTemplates() {
    }

    static List<MethodWarning> find(ResourceModel model) {
        Map<String, List<ResourceModel.ResourceClass>> byTemplate = new LinkedHashMap<>();
        for (ResourceModel.ResourceClass resourceClass : model.classes()) {
            if (resourceClass.path() != null) {
                byTemplate.computeIfAbsent(PathTemplate.parse(resourceClass.path()).regex(), regex -> new ArrayList<>())
                        .add(resourceClass);
            }
        }
        List<MethodWarning> warnings = new ArrayList<>();
        for (List<ResourceModel.ResourceClass> group : byTemplate.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<ResourceModel.ResourceClass> sorted = group.stream()
                    .sorted(Comparator.comparing(ResourceModel.ResourceClass::name)).toList();
            List<String> names = sorted.stream().map(ResourceModel.ResourceClass::name).toList();
            String template = ResourceModel.join("", sorted.get(0).path());
            List<String> written = sorted.stream().map(c -> "@Path(\"" + c.path() + "\")").distinct().toList();
            warnings.add(new MethodWarning(MethodWarning.Check.SHARED_ROOT_TEMPLATE, names,
                    exampleRequest(model, sorted, template),
                    String.join(" and ", names) + " share the root template " + template + " ("
                            + String.join(", ", written) + "): Jersey and RESTEasy merge them, but Jakarta REST"
                            + " §3.7.2 and CXF select one class, so the other's methods may be unreachable there"));
        }
        return warnings;
    }

    /** A request for a method of the last class of the group, preferring one the first class does not serve. */
    private static String exampleRequest(ResourceModel model, List<ResourceModel.ResourceClass> group, String template) {
        ResourceModel.ResourceClass first = group.get(0);
        ResourceModel.ResourceClass last = group.get(group.size() - 1);
        List<ResourceModel.MethodDeclaration> candidates = model.declarations().stream()
                .filter(d -> d.className().equals(last.name()) && d.httpMethod() != null)
                .sorted(Comparator.comparing((ResourceModel.MethodDeclaration d) -> d.path() != null)
                        .thenComparing(d -> Objects.toString(d.path(), ""))
                        .thenComparing(ResourceModel.MethodDeclaration::httpMethod))
                .toList();
        ResourceModel.MethodDeclaration chosen = candidates.stream()
                .filter(d -> d.path() != null || !first.methods().contains(d.httpMethod()))
                .findFirst().orElse(candidates.isEmpty() ? null : candidates.get(0));
        String path = chosen == null ? template : ResourceModel.join(template, chosen.path());
        return (chosen == null ? "GET" : chosen.httpMethod()) + " " + ExamplePath.orTemplate(path);
    }
}
