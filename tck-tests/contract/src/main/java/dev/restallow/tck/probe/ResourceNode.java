package dev.restallow.tck.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one resource class serves: methods at its own path, sub-resource methods by template, and
 * sub-resource locators. Filled once by {@link ResourceScanner}; a locator may point back to a
 * node on its own chain, so the graph may have cycles.
 */
final class ResourceNode {

    /** A sub-resource locator; {@code target} is null when its declared return type does not say what it returns. */
    record Locator(PathTemplate path, ResourceNode target, String declaredReturnType) {
    }

    final Class<?> type;
    final Set<String> ownMethods = new TreeSet<>();
    final Map<String, SubResourceMethods> subResourceMethods = new LinkedHashMap<>();
    final List<Locator> locators = new ArrayList<>();

    /** The sub-resource methods that share one template regex (§3.7.2 step 2h groups them). */
    record SubResourceMethods(PathTemplate path, Set<String> methods) {
    }

    ResourceNode(Class<?> type) {
        this.type = type;
    }

    void addSubResourceMethod(PathTemplate path, String method) {
        subResourceMethods.computeIfAbsent(path.regex(), regex -> new SubResourceMethods(path, new TreeSet<>()))
                .methods().add(method);
    }
}
