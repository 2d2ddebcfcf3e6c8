package dev.restallow.internal.scan;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceModel;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jersey only, by reflection (no compile dependency): the resources an application builds in code
 * ({@code Resource.builder(...)}, {@code ResourceConfig#registerResources}), which no annotated class
 * shows. Read once, before the first request is looked up, from Jersey's final resource model: the
 * {@code ResourceContext} Jersey injects is its {@code ExtendedResourceContext}
 * (JerseyResourceContextConfigurator binds one instance to both), whose {@code getResourceModel()}
 * holds every root resource with its methods, locator and child resources. Methods of annotated root
 * classes are left to {@link ResourceClassScanner}; Jersey's own additions (automatic OPTIONS, WADL)
 * are marked extended and skipped.
 */
@PreMatching
public final class JerseyProgrammaticResources extends BeforeFirstRequest {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final RootClasses rootClasses;

    @Context
    private ResourceContext resourceContext;

    public JerseyProgrammaticResources(RootClasses rootClasses) {
        this.rootClasses = rootClasses;
    }

    @Override
    void beforeFirstRequest() {
        try {
            ResourceModel built = resourceContext == null ? null : read(call(resourceContext, "getResourceModel"));
            if (built != null && !built.classes().isEmpty()) {
                rootClasses.addResources(built);
                LOG.info(() -> "rest-allow: " + built.classes().size() + " resources built in code found in Jersey's"
                        + " resource model: " + String.join(", ", built.classes().stream().map(c -> c.path()).toList()));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "rest-allow: could not read Jersey's resource model", e);
        }
    }

    /** The resources of Jersey's {@code ResourceModel} that no annotated root class declares, one class per root resource. */
    static ResourceModel read(Object jerseyModel) throws ReflectiveOperationException {
        List<ResourceModel.ResourceClass> classes = new ArrayList<>();
        List<ResourceModel.MethodDeclaration> declarations = new ArrayList<>();
        for (Object root : list(jerseyModel, "getRootResources")) {
            if (Boolean.TRUE.equals(call(root, "isExtended"))) {
                continue;
            }
            String path = (String) call(root, "getPath");
            String name = "Resource.builder(\"" + path + "\")";
            Set<String> methods = new LinkedHashSet<>();
            List<ResourceModel.SubResourceMethod> subResourceMethods = new ArrayList<>();
            List<ResourceModel.Locator> locators = new ArrayList<>();
            int declared = declarations.size();
            // the root resource at "", its child resources (nested ones joined) below it
            Deque<Object[]> resources = new ArrayDeque<>();
            resources.add(new Object[] {root, ""});
            for (Object[] next = resources.poll(); next != null; next = resources.poll()) {
                Object resource = next[0];
                String subPath = (String) next[1];
                for (Object method : list(resource, "getResourceMethods")) {
                    if (fromCode(method, path)) {
                        String httpMethod = (String) call(method, "getHttpMethod");
                        if (subPath.isEmpty()) {
                            methods.add(httpMethod);
                        } else {
                            subResourceMethods.add(new ResourceModel.SubResourceMethod(subPath, httpMethod));
                        }
                        declarations.add(declaration(name, method, subPath, httpMethod));
                    }
                }
                Object locator = call(resource, "getResourceLocator");
                if (locator != null && fromCode(locator, path)) {
                    // its target is known only when it runs: requests below it keep Jersey's answers
                    locators.add(new ResourceModel.Locator(subPath, handlerName(locator), null));
                    declarations.add(declaration(name, locator, subPath, null));
                }
                for (Object child : list(resource, "getChildResources")) {
                    if (!Boolean.TRUE.equals(call(child, "isExtended"))) {
                        resources.add(new Object[] {child, ResourceModel.join(subPath, (String) call(child, "getPath"))});
                    }
                }
            }
            if (declarations.size() > declared) {
                classes.add(new ResourceModel.ResourceClass(name, path, new ArrayList<>(methods), subResourceMethods,
                        locators));
            }
        }
        return new ResourceModel(classes, declarations);
    }

    /**
     * Whether a method was built in code rather than read from an annotated root class at this path:
     * Jersey's own (extended) methods are neither, and are skipped too.
     */
    private static boolean fromCode(Object resourceMethod, String rootPath) throws ReflectiveOperationException {
        if (Boolean.TRUE.equals(call(resourceMethod, "isExtended"))) {
            return false;
        }
        Object invocable = call(resourceMethod, "getInvocable");
        Class<?> handler = (Class<?>) call(call(invocable, "getHandler"), "getHandlerClass");
        Method definition = (Method) call(invocable, "getDefinitionMethod");
        Path classPath = ResourceClassScanner.rootPath(handler);
        boolean annotated = definition != null
                && (ResourceClassScanner.httpMethod(definition) != null || definition.isAnnotationPresent(Path.class));
        return !(annotated && classPath != null
                && PathTemplate.parse(classPath.value()).regex().equals(PathTemplate.parse(rootPath).regex()));
    }

    private static ResourceModel.MethodDeclaration declaration(String className, Object resourceMethod, String subPath,
            String httpMethod) throws ReflectiveOperationException {
        Object invocable = call(resourceMethod, "getInvocable");
        return new ResourceModel.MethodDeclaration(className, handlerName(resourceMethod),
                subPath.isEmpty() ? null : subPath, httpMethod, mediaTypes(resourceMethod, "getConsumedTypes"),
                mediaTypes(resourceMethod, "getProducedTypes"), Boolean.TRUE.equals(call(invocable, "requiresEntity")));
    }

    /** {@code Handler#method}, e.g. the Inflector's class and {@code apply}. */
    private static String handlerName(Object resourceMethod) throws ReflectiveOperationException {
        Object invocable = call(resourceMethod, "getInvocable");
        Class<?> handler = (Class<?>) call(call(invocable, "getHandler"), "getHandlerClass");
        Method definition = (Method) call(invocable, "getDefinitionMethod");
        return handler.getName() + "#" + (definition == null ? "?" : definition.getName());
    }

    private static List<String> mediaTypes(Object resourceMethod, String getter) throws ReflectiveOperationException {
        return list(resourceMethod, getter).stream().map(String::valueOf).toList();
    }

    private static Collection<?> list(Object target, String getter) throws ReflectiveOperationException {
        Object value = call(target, getter);
        return value instanceof Collection<?> collection ? collection : List.of();
    }

    /** Calls a public getter through a public type that declares it (Jersey's implementations may be internal). */
    private static Object call(Object target, String getter) throws ReflectiveOperationException {
        return publicMethod(target.getClass(), getter).invoke(target);
    }

    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        Deque<Class<?>> types = new ArrayDeque<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            types.addAll(List.of(c.getInterfaces()));
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            types.add(c);
        }
        for (Class<?> candidate = types.poll(); candidate != null; candidate = types.poll()) {
            if (Modifier.isPublic(candidate.getModifiers())) {
                try {
                    return candidate.getMethod(name);
                } catch (NoSuchMethodException notThere) {
                    // a supertype may declare it
                }
            }
            if (candidate.isInterface()) {
                types.addAll(List.of(candidate.getInterfaces()));
            }
        }
        throw new NoSuchMethodException(type.getName() + "#" + name);
    }
}
