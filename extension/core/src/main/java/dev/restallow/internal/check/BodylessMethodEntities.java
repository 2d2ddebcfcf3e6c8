package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET, HEAD and DELETE methods that take an entity parameter: content in such a request has no
 * defined meaning (RFC 9110 §9.3.1, §9.3.2, §9.3.5), and clients, proxies and some servers drop
 * it or refuse the request.
 */
final class BodylessMethodEntities {

    private static final Set<String> WITHOUT_CONTENT = Set.of("GET", "HEAD", "DELETE");

    private BodylessMethodEntities() {
    }

    static List<MethodWarning> find(ApplicationRoutes routes) {
        Map<String, MethodWarning> warnings = new LinkedHashMap<>();
        for (ApplicationRoutes.Route route : routes.methods()) {
            ResourceModel.MethodDeclaration declaration = route.declaration();
            if (!declaration.entityParameter() || !WITHOUT_CONTENT.contains(route.httpMethod())) {
                continue;
            }
            String request = route.httpMethod() + " " + ExamplePath.orTemplate(route.template());
            warnings.putIfAbsent(declaration.name(), new MethodWarning(MethodWarning.Check.ENTITY_PARAMETER,
                    List.of(declaration.name()), request + " with a body",
                    declaration.name() + " (" + route.httpMethod() + " " + route.template() + ") takes a request"
                            + " entity, which has no defined meaning in a " + route.httpMethod()
                            + " request (RFC 9110 §9.3); clients and proxies may drop it"));
        }
        return new ArrayList<>(warnings.values());
    }
}
