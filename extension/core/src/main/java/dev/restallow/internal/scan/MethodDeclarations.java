package dev.restallow.internal.scan;

import dev.restallow.internal.route.ResourceModel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@link ResourceModel.MethodDeclaration} of a resource method by reflection. */
final class MethodDeclarations {

    private MethodDeclarations() {
    }

    /**
     * @param type the resource class being read
     * @param method the public method of {@code type}
     * @param annotated the method that carries its JAX-RS annotations (itself or the one it overrides, §3.6)
     * @param httpMethod its HTTP method, or null for a locator
     * @param path its {@code @Path}, or null
     */
    static ResourceModel.MethodDeclaration of(Class<?> type, Method method, Method annotated, String httpMethod,
            Path path) {
        Consumes consumes = firstPresent(Consumes.class, annotated, type, annotated.getDeclaringClass());
        Produces produces = firstPresent(Produces.class, annotated, type, annotated.getDeclaringClass());
        return new ResourceModel.MethodDeclaration(type.getName(),
                method.getDeclaringClass().getName() + "#" + method.getName(),
                path == null ? null : path.value(),
                httpMethod,
                mediaTypes(consumes == null ? null : consumes.value()),
                mediaTypes(produces == null ? null : produces.value()),
                hasEntityParameter(annotated));
    }

    private static <A extends Annotation> A firstPresent(Class<A> annotation, Method method, Class<?> type,
            Class<?> declaring) {
        A onMethod = method.getAnnotation(annotation);
        if (onMethod != null) {
            return onMethod;
        }
        A onType = type.getAnnotation(annotation);
        return onType != null ? onType : declaring.getAnnotation(annotation);
    }

    /** The media types of {@code @Consumes}/{@code @Produces} values, each of which may list several. */
    static List<String> mediaTypes(String[] values) {
        List<String> types = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String type : value.split(",")) {
                    if (!type.isBlank()) {
                        types.add(type.trim());
                    }
                }
            }
        }
        return types;
    }

    /** §3.3.2.1: the entity parameter is the one without a JAX-RS parameter annotation. */
    private static boolean hasEntityParameter(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            if (!hasParameterAnnotation(annotations)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParameterAnnotation(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Encoded.class || type == DefaultValue.class) {
                continue;
            }
            String name = type.getName();
            // RESTEasy's and Quarkus REST's own parameter annotations (@RestPath, @Form, ...) too
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.")) {
                return true;
            }
        }
        return false;
    }
}
