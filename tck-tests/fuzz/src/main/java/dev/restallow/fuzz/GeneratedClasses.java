package dev.restallow.fuzz;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.StubMethod;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * The classes of one {@link FuzzModel}, generated with Byte Buddy into a class loader of their
 * own (a child of this class's loader, so the Jakarta REST annotations are the runtime's). A
 * resource method returns a fixed string naming itself, or nothing (204); a locator returns a new
 * instance of its target class.
 */
final class GeneratedClasses {

    private static final Map<String, Class<? extends Annotation>> VERB_ANNOTATIONS = Map.of(
            "GET", GET.class, "POST", POST.class, "PUT", PUT.class, "DELETE", DELETE.class,
            "PATCH", PATCH.class, "HEAD", HEAD.class, "OPTIONS", OPTIONS.class, "PURGE", PURGE.class);

    private final String packageName;
    private final List<DynamicType.Unloaded<?>> types = new ArrayList<>();

    private GeneratedClasses(String packageName) {
        this.packageName = packageName;
    }

    /**
     * The model's root classes, loaded.
     *
     * @param packageName a package unique to this model, so that class names never repeat in one JVM
     */
    static Set<Class<?>> rootsOf(FuzzModel model, String packageName) {
        GeneratedClasses generated = new GeneratedClasses(packageName);
        List<DynamicType.Unloaded<?>> roots = new ArrayList<>();
        for (FuzzModel.ResourceClass root : model.roots()) {
            roots.add(generated.define(root));
        }
        DynamicType.Unloaded<?> first = generated.types.get(0);
        Map<TypeDescription, Class<?>> loaded = first.include(generated.types.subList(1, generated.types.size()))
                .load(GeneratedClasses.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getAllLoaded();
        Set<Class<?>> rootClasses = new LinkedHashSet<>();
        for (DynamicType.Unloaded<?> root : roots) {
            rootClasses.add(loaded.get(root.getTypeDescription()));
        }
        return rootClasses;
    }

    /** Defines the class and, first, the targets of its locators. */
    private DynamicType.Unloaded<?> define(FuzzModel.ResourceClass spec) {
        String className = packageName + "." + spec.name();
        DynamicType.Builder<Object> builder = new ByteBuddy().subclass(Object.class).name(className)
                .modifiers(Modifier.PUBLIC);
        if (spec.path() != null) {
            builder = builder.annotateType(path(spec.path()));
        }
        int index = 0;
        for (FuzzModel.Member member : spec.members()) {
            String methodName = (member.isLocator() ? "locator" : member.verb().toLowerCase()) + index++;
            if (member.isLocator()) {
                DynamicType.Unloaded<?> target = define(member.target());
                MethodDescription.InDefinedShape constructor = target.getTypeDescription().getDeclaredMethods()
                        .filter(ElementMatchers.isConstructor()).getOnly();
                builder = builder.defineMethod(methodName, target.getTypeDescription(), Modifier.PUBLIC)
                        .intercept(MethodCall.construct(constructor))
                        .annotateMethod(path(member.path()));
                continue;
            }
            List<AnnotationDescription> annotations = new ArrayList<>();
            annotations.add(AnnotationDescription.Builder.ofType(VERB_ANNOTATIONS.get(member.verb())).build());
            if (member.path() != null) {
                annotations.add(path(member.path()));
            }
            if (member.consumes() != null) {
                annotations.add(AnnotationDescription.Builder.ofType(Consumes.class)
                        .defineArray("value", member.consumes()).build());
            }
            if (member.produces() != null) {
                annotations.add(AnnotationDescription.Builder.ofType(Produces.class)
                        .defineArray("value", member.produces()).build());
            }
            Implementation body = member.noContent() ? StubMethod.INSTANCE
                    : FixedValue.value(spec.name() + "." + methodName);
            builder = builder.defineMethod(methodName, member.noContent() ? void.class : String.class, Modifier.PUBLIC)
                    .intercept(body)
                    .annotateMethod(annotations);
        }
        DynamicType.Unloaded<?> type = builder.make();
        types.add(type);
        return type;
    }

    private static AnnotationDescription path(String value) {
        return AnnotationDescription.Builder.ofType(Path.class).define("value", value).build();
    }
}
