package dev.restallow;

import java.util.List;
import java.util.Objects;

/**
 * The resource classes of one application as plain data: what rest-allow builds its route model
 * from. On most runtimes rest-allow reads it by reflection while the application deploys; the
 * Quarkus extension reads it from the build-time annotation index and hands it to the runtime
 * through a recorder, which is why it holds nothing but strings and lists.
 *
 * <p>Every class a sub-resource locator names as its return type is listed too, root or not. The
 * values are as written in the annotations: a {@code @Path} value is parsed by rest-allow (Jakarta
 * REST §3.7.3), an HTTP method is the value of the {@code @HttpMethod} on the method's annotation,
 * custom verbs included. JAX-RS annotation inheritance (§3.6) is already applied.
 *
 * @param classes the root resource classes and the locator targets, each class once
 */
public record ResourceModel(List<ResourceClass> classes) {

    public ResourceModel {
        classes = List.copyOf(classes);
    }

    /**
     * One resource class.
     *
     * @param name the binary class name
     * @param path the class's {@code @Path} value when it is a root resource class, otherwise null
     * @param methods the HTTP methods of its resource methods (those without {@code @Path})
     * @param subResourceMethods its sub-resource methods
     * @param locators its sub-resource locators
     */
    public record ResourceClass(
            String name,
            String path,
            List<String> methods,
            List<SubResourceMethod> subResourceMethods,
            List<Locator> locators) {

        public ResourceClass {
            Objects.requireNonNull(name, "name");
            methods = List.copyOf(methods);
            subResourceMethods = List.copyOf(subResourceMethods);
            locators = List.copyOf(locators);
        }
    }

    /**
     * A method with both {@code @Path} and an HTTP method.
     *
     * @param path its {@code @Path} value
     * @param method its HTTP method
     */
    public record SubResourceMethod(String path, String method) {
    }

    /**
     * A method with {@code @Path} and no HTTP method.
     *
     * @param path its {@code @Path} value
     * @param name {@code Class#method}, for log messages
     * @param target the binary name of the class that answers below it, or null when the declared
     *     return type does not tell (Object, {@code Class}, an interface, an abstract class, or a
     *     class without resource methods): rest-allow then leaves that subtree to the runtime
     */
    public record Locator(String path, String name, String target) {
    }
}
