package dev.restallow.internal.route;

import dev.restallow.internal.check.StartupReport;
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
 * <p>{@code declarations} repeats each method with what only the start-up checks
 * ({@link StartupReport}) need: its name, media types and whether it takes a request entity; the
 * route model does not read them, so a model handed to the runtime may leave them out (an empty list).
 *
 * @param classes the root resource classes and the locator targets, each class once
 * @param declarations every resource method, sub-resource method and locator of those classes
 */
public record ResourceModel(List<ResourceClass> classes, List<MethodDeclaration> declarations) {

    public ResourceModel {
        classes = List.copyOf(classes);
        declarations = List.copyOf(declarations);
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

    /**
     * One resource method, sub-resource method or locator of a class of the model, for the
     * start-up checks.
     *
     * @param className the binary name of the class in {@link #classes()} it belongs to
     * @param name {@code Class#method}, the class being the one that declares the method
     * @param path its {@code @Path} value, or null for a resource method
     * @param httpMethod its HTTP method, or null for a locator
     * @param consumes the media types of its {@code @Consumes} (the method's, else the class's);
     *     empty when it has none (it consumes anything)
     * @param produces the media types of its {@code @Produces}, the same way
     * @param entityParameter whether a parameter takes the request entity (one without a JAX-RS
     *     parameter annotation, Jakarta REST §3.3.2.1)
     */
    public record MethodDeclaration(
            String className,
            String name,
            String path,
            String httpMethod,
            List<String> consumes,
            List<String> produces,
            boolean entityParameter) {

        public MethodDeclaration {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(name, "name");
            consumes = List.copyOf(consumes);
            produces = List.copyOf(produces);
        }
    }

    /** Joins two {@code @Path} values with one '/', without a trailing one: "/" + "a/" + "/{b}" is "/a/{b}". */
    public static String join(String prefix, String path) {
        String tail = path == null ? "" : path.trim();
        while (tail.startsWith("/")) {
            tail = tail.substring(1);
        }
        while (tail.endsWith("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        if (tail.isEmpty()) {
            return prefix.isEmpty() ? "/" : prefix;
        }
        return (prefix.equals("/") ? "" : prefix) + "/" + tail;
    }
}
