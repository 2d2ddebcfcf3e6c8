package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceNode;
import dev.restallow.internal.route.TemplateIndex;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A runtime's sort key of every template of a table (root and sub-resource templates), made once. */
final class TemplateKeys {

    private TemplateKeys() {
    }

    static <K> Map<PathTemplate, K> of(List<ResourceNode> nodes, TemplateIndex<Integer> roots, Function<String, K> key) {
        Map<PathTemplate, K> keys = new IdentityHashMap<>();
        roots.forEachEntry(entry -> keys.computeIfAbsent(entry.template(), t -> key.apply(t.source())));
        for (ResourceNode node : nodes) {
            node.subRoutes().forEachEntry(entry -> keys.computeIfAbsent(entry.template(), t -> key.apply(t.source())));
        }
        return keys;
    }
}
