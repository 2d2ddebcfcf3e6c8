package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code @HEAD} methods at a path without a {@code @GET} method: HEAD is answered, but GET, whose
 * headers HEAD should repeat (RFC 9110 §9.3.2), gets 405.
 */
final class HeadWithoutGet {

    private HeadWithoutGet() {
    }

    static List<MethodWarning> find(ApplicationRoutes routes) {
        Map<String, List<ApplicationRoutes.Route>> byKey = new LinkedHashMap<>();
        routes.methods().forEach(route -> byKey.computeIfAbsent(route.key(), key -> new ArrayList<>()).add(route));
        List<MethodWarning> warnings = new ArrayList<>();
        byKey.values().forEach(group -> {
            if (group.stream().anyMatch(route -> "GET".equals(route.httpMethod()))) {
                return;
            }
            List<String> heads = group.stream().filter(route -> "HEAD".equals(route.httpMethod()))
                    .map(route -> route.declaration().name()).distinct().sorted().toList();
            if (heads.isEmpty()) {
                return;
            }
            String template = group.get(0).template();
            warnings.add(new MethodWarning(MethodWarning.Check.HEAD_WITHOUT_GET, heads,
                    "GET " + ExamplePath.orTemplate(template),
                    String.join(" and ", heads) + (heads.size() == 1 ? " serves" : " serve") + " HEAD " + template + " with no GET method there:"
                            + " GET gets 405 while HEAD, which stands for GET without its body, is answered"));
        });
        return warnings;
    }
}
