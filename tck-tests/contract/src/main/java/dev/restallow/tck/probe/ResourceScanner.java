package dev.restallow.tck.probe;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads resource classes by reflection on jakarta.ws.rs annotations alone: class and method
 * {@code @Path}, every annotation meta-annotated with {@code @HttpMethod} (custom verbs too), and
 * sub-resource locators through their declared return types. Annotations on an overridden
 * superclass or interface method count when the method itself has none (Jakarta REST §3.6).
 */
final class ResourceScanner {

    private final Map<Class<?>, ResourceNode> nodes = new HashMap<>();

    /** Root resource classes grouped by class template regex (§3.7.2 step 1f takes every class of the winning regex). */
    static Map<String, RootResources> scan(Iterable<Class<?>> classes) {
        ResourceScanner scanner = new ResourceScanner();
        Map<String, RootResources> roots = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            Path path = type.getAnnotation(Path.class);
            if (path == null) {
                continue;
            }
            PathTemplate template = PathTemplate.parse(path.value());
            roots.computeIfAbsent(template.regex(), regex -> new RootResources(template, new ArrayList<>()))
                    .nodes().add(scanner.node(type));
        }
        return roots;
    }

    /** The root resource classes whose {@code @Path} has one regex. */
    record RootResources(PathTemplate path, List<ResourceNode> nodes) {
    }

    private ResourceNode node(Class<?> type) {
        ResourceNode known = nodes.get(type);
        if (known != null) {
            return known;
        }
        ResourceNode node = new ResourceNode(type);
        nodes.put(type, node);
        for (Method method : type.getMethods()) {
            if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class
                    || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Method annotated = annotatedDeclaration(type, method).orElse(null);
            if (annotated == null) {
                continue;
            }
            Path path = annotated.getAnnotation(Path.class);
            List<String> httpMethods = httpMethods(annotated);
            if (!httpMethods.isEmpty()) {
                for (String httpMethod : httpMethods) {
                    if (path == null) {
                        node.ownMethods.add(httpMethod);
                    } else {
                        node.addSubResourceMethod(PathTemplate.parse(path.value()), httpMethod);
                    }
                }
            } else if (path != null) {
                Class<?> target = locatorTarget(method);
                node.locators.add(new ResourceNode.Locator(PathTemplate.parse(path.value()),
                        target == null ? null : node(target), method.getGenericReturnType().getTypeName()));
            }
        }
        return node;
    }

    /**
     * The declaration whose annotations apply: the method itself if it carries any jakarta.ws.rs
     * annotation, else the nearest superclass or interface declaration that does (§3.6).
     */
    private static Optional<Method> annotatedDeclaration(Class<?> type, Method method) {
        if (hasRestAnnotation(method)) {
            return Optional.of(method);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<Method> found = declared(c, method).filter(ResourceScanner::hasRestAnnotation);
            if (found.isPresent()) {
                return found;
            }
            for (Class<?> contract : c.getInterfaces()) {
                Optional<Method> inInterface = annotatedDeclaration(contract, method);
                if (inInterface.isPresent()) {
                    return inInterface;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declared(Class<?> type, Method method) {
        try {
            return Optional.of(type.getDeclaredMethod(method.getName(), method.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static boolean hasRestAnnotation(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getPackageName().startsWith("jakarta.ws.rs") || type.isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> httpMethods(Method method) {
        List<String> methods = new ArrayList<>();
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                methods.add(designator.value());
            }
        }
        return methods;
    }

    /**
     * The class a locator's declared return type names, or null where the runtime class decides
     * (Object, an interface, an abstract class, a type variable, a {@code Class} of such).
     */
    private static Class<?> locatorTarget(Method locator) {
        Type returned = locator.getGenericReturnType();
        if (returned instanceof ParameterizedType parameterized && parameterized.getRawType() == Class.class) {
            returned = parameterized.getActualTypeArguments()[0];
        }
        Class<?> type = returned instanceof Class<?> c ? c
                : returned instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw ? raw : null;
        if (type == null || type == Object.class || type == Class.class || type.isInterface() || type.isPrimitive()
                || type.isArray() || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        return type;
    }
}
