package dev.restallow.quarkus.deployment;

import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationOverlay;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.Declaration;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

/** Reads the {@link ResourceModel.MethodDeclaration} of a resource method from the build-time index. */
final class IndexedDeclarations {

    private static final DotName CONSUMES = DotName.createSimple("jakarta.ws.rs.Consumes");
    private static final DotName PRODUCES = DotName.createSimple("jakarta.ws.rs.Produces");
    private static final Set<String> NOT_PARAMETER_ANNOTATIONS = Set.of("jakarta.ws.rs.Encoded", "jakarta.ws.rs.DefaultValue");
    /**
     * Parameter types Quarkus REST injects without {@code @Context}; and Quarkus REST takes a
     * parameter without annotation whose name is a path variable as that {@code @PathParam}.
     */
    private static final List<String> INJECTED_TYPE_PACKAGES = List.of("jakarta.ws.rs.core.", "jakarta.ws.rs.container.",
            "jakarta.ws.rs.sse.", "io.vertx.", "org.jboss.resteasy.reactive.server.");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*([^\\s:}]+)");

    private IndexedDeclarations() {
    }

    /**
     * @param annotations the annotations as the REST runtime sees them (its transformations applied)
     * @param type the resource class being read
     * @param method its public method
     * @param annotated the method that carries its JAX-RS annotations (itself or the one it overrides, §3.6)
     * @param httpMethod its HTTP method, or null for a locator
     * @param classPath the class's {@code @Path} value, or null
     * @param methodPath the method's {@code @Path} value, or null
     */
    static ResourceModel.MethodDeclaration of(AnnotationOverlay annotations, ClassInfo type, MethodInfo method, MethodInfo annotated,
            String httpMethod, String classPath, String methodPath) {
        return new ResourceModel.MethodDeclaration(type.name().toString(),
                method.declaringClass().name() + "#" + method.name(),
                methodPath,
                httpMethod,
                mediaTypes(firstPresent(annotations, CONSUMES, annotated, type)),
                mediaTypes(firstPresent(annotations, PRODUCES, annotated, type)),
                hasEntityParameter(annotations, annotated, variables(classPath, methodPath)));
    }

    private static AnnotationInstance firstPresent(AnnotationOverlay annotations, DotName annotation, MethodInfo method,
            ClassInfo type) {
        AnnotationInstance onMethod = declared(annotations, method, annotation, AnnotationTarget.Kind.METHOD);
        if (onMethod != null) {
            return onMethod;
        }
        AnnotationInstance onType = declared(annotations, type, annotation, AnnotationTarget.Kind.CLASS);
        return onType != null ? onType
                : declared(annotations, method.declaringClass(), annotation, AnnotationTarget.Kind.CLASS);
    }

    /** In compatible mode the overlay answers a class's or a method's members' annotations too: {@code kind} picks its own. */
    private static AnnotationInstance declared(AnnotationOverlay annotations, Declaration declaration,
            DotName name, AnnotationTarget.Kind kind) {
        for (AnnotationInstance annotation : annotations.annotations(declaration)) {
            if (annotation.name().equals(name) && annotation.target().kind() == kind) {
                return annotation;
            }
        }
        return null;
    }

    private static List<String> mediaTypes(AnnotationInstance annotation) {
        List<String> types = new ArrayList<>();
        AnnotationValue value = annotation == null ? null : annotation.value();
        if (value != null) {
            for (String listed : value.asStringArray()) {
                for (String type : listed.split(",")) {
                    if (!type.isBlank()) {
                        types.add(type.trim());
                    }
                }
            }
        }
        return types;
    }

    private static Set<String> variables(String... templates) {
        Set<String> names = new HashSet<>();
        for (String template : templates) {
            if (template != null) {
                Matcher matcher = VARIABLE.matcher(template);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** §3.3.2.1: the entity parameter is the one without a JAX-RS parameter annotation. */
    private static boolean hasEntityParameter(AnnotationOverlay annotations, MethodInfo method, Set<String> pathVariables) {
        for (MethodParameterInfo parameter : method.parameters()) {
            if (hasParameterAnnotation(annotations, method, parameter) || pathVariables.contains(parameter.name())) {
                continue;
            }
            String typeName = parameter.type().name().toString();
            if (INJECTED_TYPE_PACKAGES.stream().noneMatch(typeName::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parameter's annotations, those a transformation of its method adds to it included: in the
     * overlay's compatible mode (Quarkus REST's), a method's annotations are its parameters' too.
     */
    private static boolean hasParameterAnnotation(AnnotationOverlay annotations, MethodInfo method,
            MethodParameterInfo parameter) {
        List<AnnotationInstance> present = new ArrayList<>();
        for (AnnotationInstance onMethod : annotations.annotations(method)) {
            if (onMethod.target().kind() == AnnotationTarget.Kind.METHOD_PARAMETER
                    && onMethod.target().asMethodParameter().position() == parameter.position()) {
                present.add(onMethod);
            }
        }
        for (AnnotationInstance annotation : present) {
            String name = annotation.name().toString();
            if (NOT_PARAMETER_ANNOTATIONS.contains(name)) {
                continue;
            }
            // RESTEasy's and Quarkus REST's own parameter annotations (@RestPath, @RestForm, ...) too
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.")) {
                return true;
            }
        }
        return false;
    }
}
