package dev.restallow.internal.scan;

import dev.restallow.internal.route.ResourceModel;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@link ResourceModel} of root resource classes by reflection: each class's methods,
 * sub-resource methods and locators from its annotations, following the annotation inheritance
 * rules of Jakarta REST §3.6 (a method without JAX-RS annotations takes them from the method it
 * overrides or implements), and the classes the locators return, recursively and cycle-safe.
 */
public final class ResourceClassScanner {

    private ResourceClassScanner() {
    }

    /** The {@code @Path} of a root resource class, looking through proxies and interfaces. */
    public static Path rootPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
            for (Class<?> implemented : c.getInterfaces()) {
                Path interfacePath = implemented.getAnnotation(Path.class);
                if (interfacePath != null) {
                    return interfacePath;
                }
            }
        }
        return null;
    }

    /** The model of the given root resource classes and of every class their locators return; classes without {@code @Path} are skipped. */
    public static ResourceModel read(Collection<Class<?>> rootClasses) {
        Map<String, ResourceModel.ResourceClass> classes = new LinkedHashMap<>();
        List<ResourceModel.MethodDeclaration> declarations = new ArrayList<>();
        Deque<Class<?>> targets = new ArrayDeque<>();
        for (Class<?> rootClass : rootClasses) {
            Path path = rootPath(rootClass);
            if (path != null && !classes.containsKey(rootClass.getName())) {
                classes.put(rootClass.getName(), scan(rootClass, path.value(), targets, declarations));
            }
        }
        for (Class<?> target = targets.poll(); target != null; target = targets.poll()) {
            if (!classes.containsKey(target.getName())) {
                classes.put(target.getName(), scan(target, null, targets, declarations));
            }
        }
        return new ResourceModel(new ArrayList<>(classes.values()), declarations);
    }

    /** One class; the classes its locators return are added to {@code targets}. */
    private static ResourceModel.ResourceClass scan(Class<?> type, String path, Deque<Class<?>> targets,
            List<ResourceModel.MethodDeclaration> declarations) {
        Set<String> resourceMethods = new LinkedHashSet<>();
        List<ResourceModel.SubResourceMethod> subResourceMethods = new ArrayList<>();
        List<ResourceModel.Locator> locators = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Method annotated = annotatedMethod(type, method);
            if (annotated == null) {
                continue;
            }
            String httpMethod = httpMethod(annotated);
            Path methodPath = annotated.getAnnotation(Path.class);
            declarations.add(MethodDeclarations.of(type, method, annotated, httpMethod, methodPath));
            if (httpMethod != null && methodPath == null) {
                resourceMethods.add(httpMethod);
            } else if (httpMethod != null) {
                subResourceMethods.add(new ResourceModel.SubResourceMethod(methodPath.value(), httpMethod));
            } else {
                Class<?> target = knownTarget(annotated.getReturnType());
                if (target != null) {
                    targets.add(target);
                }
                locators.add(new ResourceModel.Locator(methodPath.value(),
                        method.getDeclaringClass().getName() + "#" + method.getName(),
                        target == null ? null : target.getName()));
            }
        }
        return new ResourceModel.ResourceClass(type.getName(), path, new ArrayList<>(resourceMethods),
                subResourceMethods, locators);
    }

    /** The value of the annotation that is itself annotated with {@code @HttpMethod}, custom verbs included. */
    public static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static boolean isResourceMember(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
    }

    /** The method, or the overridden/implemented one, that carries the JAX-RS annotations (§3.6). */
    private static Method annotatedMethod(Class<?> type, Method method) {
        if (isResourceMember(method)) {
            return method;
        }
        if (hasAnyJaxRsAnnotation(method)) {
            return null; // annotations on the method itself disable inheritance
        }
        return annotatedIn(type, method);
    }

    /** The first resource-member declaration of the method: in the class, its interfaces (depth first), then its superclass. */
    private static Method annotatedIn(Class<?> c, Method method) {
        if (c == null || c == Object.class) {
            return null;
        }
        Method candidate = declared(c, method);
        if (candidate != null && isResourceMember(candidate)) {
            return candidate;
        }
        for (Class<?> implemented : c.getInterfaces()) {
            Method inherited = annotatedIn(implemented, method);
            if (inherited != null) {
                return inherited;
            }
        }
        return annotatedIn(c.getSuperclass(), method);
    }

    private static Method declared(Class<?> c, Method method) {
        try {
            return c.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean hasAnyJaxRsAnnotation(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getName().startsWith("jakarta.ws.rs.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class a locator's return type names, or null when that type cannot tell which
     * methods will answer: Object, {@code Class<?>} (the runtime instantiates it), an interface,
     * an abstract class, or a class without any resource methods.
     */
    private static Class<?> knownTarget(Class<?> returnType) {
        if (returnType == Object.class || returnType == Class.class || returnType.isInterface()
                || returnType.isPrimitive() || returnType.isArray()
                || Modifier.isAbstract(returnType.getModifiers())) {
            return null;
        }
        for (Method method : returnType.getMethods()) {
            if (annotatedMethod(returnType, method) != null) {
                return returnType;
            }
        }
        return null;
    }
}
