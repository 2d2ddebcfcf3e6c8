package dev.restallow.quarkus.deployment;

import dev.restallow.internal.route.ResourceModel;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationOverlay;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/**
 * Reads the {@link ResourceModel} from the build-time index, as rest-allow-core reads it by
 * reflection elsewhere: root resource classes the way Quarkus REST and RESTEasy find them (a class
 * with {@code @Path}, the one concrete subclass of an abstract one, the concrete implementations of
 * an interface with {@code @Path}), their methods with the annotation inheritance of Jakarta REST
 * §3.6, and the classes their sub-resource locators return, recursively. Annotations are read
 * through the annotation transformations that the REST runtime applies (quarkus-spring-web turns
 * {@code @GetMapping} into {@code @GET} and {@code @Path} that way), and root classes that another
 * extension registers without {@code @Path} come with their path.
 */
final class IndexedResourceScanner {

    private static final String JAX_RS_PACKAGE = "jakarta.ws.rs.";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName HTTP_METHOD = DotName.createSimple("jakarta.ws.rs.HttpMethod");
    private static final DotName OBJECT = DotName.createSimple(Object.class.getName());
    private static final DotName CLASS = DotName.createSimple(Class.class.getName());
    private static final Map<DotName, String> STANDARD_METHODS = Map.of(
            DotName.createSimple("jakarta.ws.rs.GET"), "GET",
            DotName.createSimple("jakarta.ws.rs.HEAD"), "HEAD",
            DotName.createSimple("jakarta.ws.rs.POST"), "POST",
            DotName.createSimple("jakarta.ws.rs.PUT"), "PUT",
            DotName.createSimple("jakarta.ws.rs.PATCH"), "PATCH",
            DotName.createSimple("jakarta.ws.rs.DELETE"), "DELETE",
            DotName.createSimple("jakarta.ws.rs.OPTIONS"), "OPTIONS");

    private final IndexView index;
    private final Set<DotName> excluded;
    /** Annotations as the REST runtime sees them, with its annotation transformations applied. */
    private final AnnotationOverlay annotations;
    /** Root classes registered by other extensions with their path, without {@code @Path}. */
    private final Map<DotName, String> additionalRoots;
    /** HTTP method designators seen so far, custom verbs included; an absent value is cached as "". */
    private final Map<DotName, String> designators = new LinkedHashMap<>(STANDARD_METHODS);

    private IndexedResourceScanner(IndexView index, Set<DotName> excluded,
            Collection<AnnotationTransformation> transformations, Map<DotName, String> additionalRoots) {
        this.index = index;
        this.excluded = excluded;
        this.annotations = AnnotationOverlay.builder(index, transformations).compatibleMode().build();
        this.additionalRoots = additionalRoots;
    }

    static ResourceModel read(IndexView index) {
        return read(index, Set.of());
    }

    /**
     * @param excluded classes that a failed build-time condition ({@code @IfBuildProfile},
     *     {@code @IfBuildProperty}, ...) keeps out of the application: the REST runtimes do not deploy them
     */
    static ResourceModel read(IndexView index, Set<DotName> excluded) {
        return read(index, excluded, List.of(), Map.of());
    }

    /**
     * @param transformations the annotation transformations the REST runtime applies before it reads
     *     resource classes (Quarkus REST's {@code AnnotationsTransformerBuildItem})
     * @param additionalRoots root classes and their paths that extensions register without {@code @Path}
     *     (Quarkus REST's {@code AdditionalResourceClassBuildItem}: quarkus-spring-web's {@code @RestController})
     */
    static ResourceModel read(IndexView index, Set<DotName> excluded,
            Collection<AnnotationTransformation> transformations, Map<DotName, String> additionalRoots) {
        return new IndexedResourceScanner(index, excluded, transformations, additionalRoots).read();
    }

    private ResourceModel read() {
        Map<DotName, ResourceModel.ResourceClass> classes = new LinkedHashMap<>();
        List<ResourceModel.MethodDeclaration> declarations = new ArrayList<>();
        Deque<ClassInfo> targets = new ArrayDeque<>();
        rootClasses().forEach((rootClass, path) ->
                classes.put(rootClass.name(), scan(rootClass, path, targets, declarations)));
        for (ClassInfo target = targets.poll(); target != null; target = targets.poll()) {
            if (!classes.containsKey(target.name())) {
                classes.put(target.name(), scan(target, null, targets, declarations));
            }
        }
        return new ResourceModel(new ArrayList<>(classes.values()), declarations);
    }

    private Map<ClassInfo, String> rootClasses() {
        Map<ClassInfo, String> roots = new LinkedHashMap<>();
        Map<ClassInfo, String> interfaces = new LinkedHashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS || path.value() == null
                    || excluded.contains(path.target().asClass().name())) {
                continue;
            }
            ClassInfo annotated = path.target().asClass();
            String value = path.value().asString();
            if (annotated.isInterface()) {
                interfaces.put(annotated, value);
            } else if (!Modifier.isAbstract(annotated.flags())) {
                roots.put(annotated, value);
            } else {
                Collection<ClassInfo> subclasses = index.getAllKnownSubclasses(annotated.name());
                if (subclasses.size() == 1 && !excluded.contains(subclasses.iterator().next().name())) {
                    roots.putIfAbsent(subclasses.iterator().next(), value);
                }
            }
        }
        additionalRoots.forEach((name, value) -> {
            ClassInfo additional = index.getClassByName(name);
            if (additional != null && !excluded.contains(name)) {
                roots.putIfAbsent(additional, value);
            }
        });
        interfaces.forEach((annotated, value) -> {
            for (ClassInfo implementation : index.getAllKnownImplementations(annotated.name())) {
                if (!Modifier.isAbstract(implementation.flags()) && !implementation.isInterface()
                        && !excluded.contains(implementation.name())
                        && (implementation.enclosingClass() == null || Modifier.isStatic(implementation.flags()))
                        && implementation.enclosingMethod() == null) {
                    roots.putIfAbsent(implementation, value);
                }
            }
        });
        return roots;
    }

    private ResourceModel.ResourceClass scan(ClassInfo type, String path, Deque<ClassInfo> targets,
            List<ResourceModel.MethodDeclaration> declarations) {
        Set<String> resourceMethods = new LinkedHashSet<>();
        List<ResourceModel.SubResourceMethod> subResourceMethods = new ArrayList<>();
        List<ResourceModel.Locator> locators = new ArrayList<>();
        for (MethodInfo method : publicMethods(type)) {
            MethodInfo annotated = annotatedMethod(type, method);
            if (annotated == null) {
                continue;
            }
            String httpMethod = httpMethod(annotated);
            AnnotationInstance methodPath = methodAnnotation(annotated, PATH);
            declarations.add(IndexedDeclarations.of(annotations, type, method, annotated, httpMethod, path,
                    methodPath == null ? null : methodPath.value().asString()));
            if (httpMethod != null && methodPath == null) {
                resourceMethods.add(httpMethod);
            } else if (httpMethod != null) {
                subResourceMethods.add(new ResourceModel.SubResourceMethod(methodPath.value().asString(), httpMethod));
            } else {
                ClassInfo target = knownTarget(annotated.returnType());
                if (target != null) {
                    targets.add(target);
                }
                locators.add(new ResourceModel.Locator(methodPath.value().asString(),
                        method.declaringClass().name() + "#" + method.name(),
                        target == null ? null : target.name().toString()));
            }
        }
        return new ResourceModel.ResourceClass(type.name().toString(), path, new ArrayList<>(resourceMethods),
                subResourceMethods, locators);
    }

    /**
     * The public instance methods of a class as {@code Class#getMethods()} lists them: declared or
     * inherited from superclasses, the most derived declaration of each signature, and default
     * methods of its interfaces that no class overrides.
     */
    private List<MethodInfo> publicMethods(ClassInfo type) {
        Map<String, MethodInfo> bySignature = new LinkedHashMap<>();
        for (ClassInfo c = type; c != null && !c.name().equals(OBJECT); c = superclass(c)) {
            for (MethodInfo method : c.methods()) {
                if (isPublicInstanceMethod(method)) {
                    bySignature.putIfAbsent(signature(method), method);
                }
            }
        }
        for (ClassInfo c = type; c != null && !c.name().equals(OBJECT); c = superclass(c)) {
            for (ClassInfo implemented : interfaces(c)) {
                for (MethodInfo method : interfaceMethods(implemented)) {
                    if (method.isDefault()) {
                        bySignature.putIfAbsent(signature(method), method);
                    }
                }
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    private List<MethodInfo> interfaceMethods(ClassInfo type) {
        List<MethodInfo> methods = new ArrayList<>(type.methods());
        for (ClassInfo inherited : interfaces(type)) {
            methods.addAll(interfaceMethods(inherited));
        }
        return methods;
    }

    private static boolean isPublicInstanceMethod(MethodInfo method) {
        int flags = method.flags();
        return Modifier.isPublic(flags) && !Modifier.isStatic(flags) && !method.isSynthetic() && !method.isBridge()
                && !method.isConstructor() && !method.isStaticInitializer();
    }

    private static String signature(MethodInfo method) {
        StringBuilder signature = new StringBuilder(method.name()).append('(');
        for (Type parameter : method.parameterTypes()) {
            signature.append(parameter.name()).append(',');
        }
        return signature.append(')').toString();
    }

    /** The method, or the overridden/implemented one, that carries the JAX-RS annotations (§3.6). */
    private MethodInfo annotatedMethod(ClassInfo type, MethodInfo method) {
        if (isResourceMember(method)) {
            return method;
        }
        if (hasAnyJaxRsAnnotation(method)) {
            return null; // annotations on the method itself disable inheritance
        }
        String signature = signature(method);
        return annotatedIn(type, signature);
    }

    /** The first resource-member declaration of the method: in the class, its interfaces (depth first), then its superclass. */
    private MethodInfo annotatedIn(ClassInfo c, String signature) {
        if (c == null || c.name().equals(OBJECT)) {
            return null;
        }
        MethodInfo candidate = declared(c, signature);
        if (candidate != null && isResourceMember(candidate)) {
            return candidate;
        }
        for (ClassInfo implemented : interfaces(c)) {
            MethodInfo inherited = annotatedIn(implemented, signature);
            if (inherited != null) {
                return inherited;
            }
        }
        return annotatedIn(superclass(c), signature);
    }

    private static MethodInfo declared(ClassInfo type, String signature) {
        for (MethodInfo method : type.methods()) {
            if (!method.isSynthetic() && signature(method).equals(signature)) {
                return method;
            }
        }
        return null;
    }

    private boolean isResourceMember(MethodInfo method) {
        return methodAnnotation(method, PATH) != null || httpMethod(method) != null;
    }

    private AnnotationInstance methodAnnotation(MethodInfo method, DotName name) {
        for (AnnotationInstance annotation : annotations.annotations(method)) {
            if (annotation.name().equals(name) && annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                return annotation;
            }
        }
        return null;
    }

    private boolean hasAnyJaxRsAnnotation(MethodInfo method) {
        for (AnnotationInstance annotation : annotations.annotations(method)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD
                    && annotation.name().toString().startsWith(JAX_RS_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the method's annotation that is itself annotated with {@code @HttpMethod}, custom verbs included. */
    private String httpMethod(MethodInfo method) {
        for (AnnotationInstance annotation : annotations.annotations(method)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            String designator = designator(annotation.name());
            if (!designator.isEmpty()) {
                return designator;
            }
        }
        return null;
    }

    private String designator(DotName annotationType) {
        return designators.computeIfAbsent(annotationType, name -> {
            ClassInfo annotation = index.getClassByName(name);
            if (annotation != null) {
                AnnotationInstance designator = annotation.declaredAnnotation(HTTP_METHOD);
                return designator == null || designator.value() == null ? "" : designator.value().asString();
            }
            return loadedDesignator(name.toString());
        });
    }

    /** An annotation type outside the index (a library jar without an index): read it by reflection. */
    private static String loadedDesignator(String annotationType) {
        try {
            Class<?> type = Class.forName(annotationType, false, Thread.currentThread().getContextClassLoader());
            for (Annotation annotation : type.getAnnotations()) {
                // by name: the annotation may come from another class loader than this class's
                if (annotation.annotationType().getName().equals(HTTP_METHOD.toString())) {
                    return String.valueOf(annotation.annotationType().getMethod("value").invoke(annotation));
                }
            }
        } catch (ReflectiveOperationException | LinkageError notLoadable) {
            // not an HTTP method designator rest-allow can see
        }
        return "";
    }

    /**
     * The class a locator's return type names, or null when that type cannot tell which methods
     * will answer: Object, {@code Class<?>}, an interface, an abstract class, a class without
     * resource methods, or a class outside the index.
     */
    private ClassInfo knownTarget(Type returnType) {
        if (returnType.kind() != Type.Kind.CLASS && returnType.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            return null;
        }
        DotName name = returnType.name();
        if (name.equals(OBJECT) || name.equals(CLASS)) {
            return null;
        }
        ClassInfo target = index.getClassByName(name);
        if (target == null || target.isInterface() || Modifier.isAbstract(target.flags())) {
            return null;
        }
        for (MethodInfo method : publicMethods(target)) {
            if (annotatedMethod(target, method) != null) {
                return target;
            }
        }
        return null;
    }

    private ClassInfo superclass(ClassInfo type) {
        DotName superName = type.superName();
        return superName == null ? null : index.getClassByName(superName);
    }

    private List<ClassInfo> interfaces(ClassInfo type) {
        List<ClassInfo> interfaces = new ArrayList<>();
        Set<DotName> seen = new HashSet<>();
        for (DotName name : type.interfaceNames()) {
            ClassInfo implemented = index.getClassByName(name);
            if (implemented != null && seen.add(name)) {
                interfaces.add(implemented);
            }
        }
        return interfaces;
    }
}
