package dev.restallow;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * What one resource class declares, read from its annotations (Jakarta REST §3.1-3.4, §3.6).
 *
 * @param resourceClass the class
 * @param resourceMethods HTTP methods of its resource methods (no {@code @Path})
 * @param subResourceMethods its sub-resource methods, one entry per method
 * @param locators its sub-resource locators
 */
record ResourceClassShape(
        Class<?> resourceClass,
        Set<String> resourceMethods,
        List<SubResourceMethod> subResourceMethods,
        List<Locator> locators) {

    ResourceClassShape {
        resourceMethods = Set.copyOf(resourceMethods);
        subResourceMethods = List.copyOf(subResourceMethods);
        locators = List.copyOf(locators);
    }

    record SubResourceMethod(PathTemplate template, String httpMethod) {
    }

    /**
     * A sub-resource locator. {@code target} is null when its return type does not say which
     * class will answer (Object, an interface, an abstract or an annotation-free class).
     */
    record Locator(PathTemplate template, Method method, Class<?> target) {
    }

    boolean isEmpty() {
        return resourceMethods.isEmpty() && subResourceMethods.isEmpty() && locators.isEmpty();
    }
}
