package dev.restallow.bench;

import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;

/**
 * A generated JAX-RS application of a given number of resource methods, made of real annotated
 * classes (ByteBuddy, loaded into a fresh class loader), in units of 10 resource methods:
 *
 * <pre>
 * &#64;Path("api/v1/svc{i}/orders")            (every 10th unit: "tenants/{tenant}/svc{i}/orders")
 * class Orders{i} {
 *   &#64;GET list()  &#64;POST create()
 *   &#64;GET &#64;PUT &#64;DELETE  &#64;Path("{id: [0-9]+}")     regex template
 *   &#64;GET &#64;Path("search")                         literal sibling of the regex template
 *   &#64;GET &#64;Path("{id: [0-9]+}/lines/{line}")      nested templates
 *   &#64;Path("{id: [0-9]+}/owner") Owner{i} owner()  sub-resource locator
 * }
 * class Owner{i} { &#64;GET get()  &#64;PATCH patch()  &#64;GET &#64;Path("address") address() }
 * </pre>
 *
 * Paths that really match are spread over all units, with the methods the model must answer there.
 */
final class GeneratedApplication {

    /** Resource methods per unit (one root class and its locator's target). */
    static final int METHODS_PER_UNIT = 10;

    private static final AtomicInteger GENERATION = new AtomicInteger();

    /** The six kinds of concrete paths of a unit, and their exact {@code Allow}. */
    static final String[] EXPECTED_ALLOW = {
        "GET, HEAD, POST, OPTIONS",          // orders
        "GET, HEAD, PUT, DELETE, OPTIONS",   // orders/{id}
        "GET, HEAD, OPTIONS",                // orders/search
        "GET, HEAD, OPTIONS",                // orders/{id}/lines/{line}
        "GET, HEAD, PATCH, OPTIONS",         // orders/{id}/owner (through the locator)
        "GET, HEAD, OPTIONS",                // orders/{id}/owner/address
    };

    private final List<Class<?>> rootClasses;
    private final int units;

    private GeneratedApplication(List<Class<?>> rootClasses, int units) {
        this.rootClasses = rootClasses;
        this.units = units;
    }

    /** Generates and loads a new application (new classes, new class loader) of {@code methods} resource methods. */
    static GeneratedApplication generate(int methods) {
        if (methods < METHODS_PER_UNIT || methods % METHODS_PER_UNIT != 0) {
            throw new IllegalArgumentException("methods must be a multiple of " + METHODS_PER_UNIT);
        }
        int units = methods / METHODS_PER_UNIT;
        String pkg = "dev.restallow.bench.gen" + GENERATION.incrementAndGet();
        ByteBuddy byteBuddy = new ByteBuddy();
        List<DynamicType.Unloaded<?>> types = new ArrayList<>();
        List<TypeDescription> roots = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            DynamicType.Unloaded<Object> owner = byteBuddy.subclass(Object.class)
                    .name(pkg + ".Owner" + i)
                    .modifiers(Visibility.PUBLIC)
                    .defineMethod("get", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("owner")).annotateMethod(verb(GET.class))
                    .defineMethod("patch", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("patched")).annotateMethod(verb(PATCH.class))
                    .defineMethod("address", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("address")).annotateMethod(verb(GET.class), path("address"))
                    .make();
            DynamicType.Unloaded<Object> orders = byteBuddy.subclass(Object.class)
                    .name(pkg + ".Orders" + i)
                    .modifiers(Visibility.PUBLIC)
                    .annotateType(path(rootTemplate(i)))
                    .defineMethod("list", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("list")).annotateMethod(verb(GET.class))
                    .defineMethod("create", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("created")).annotateMethod(verb(POST.class))
                    .defineMethod("get", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("order")).annotateMethod(verb(GET.class), path("{id: [0-9]+}"))
                    .defineMethod("replace", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("replaced")).annotateMethod(verb(PUT.class), path("{id: [0-9]+}"))
                    .defineMethod("remove", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("removed")).annotateMethod(verb(DELETE.class), path("{id: [0-9]+}"))
                    .defineMethod("search", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("found")).annotateMethod(verb(GET.class), path("search"))
                    .defineMethod("line", String.class, Visibility.PUBLIC)
                    .intercept(FixedValue.value("line")).annotateMethod(verb(GET.class), path("{id: [0-9]+}/lines/{line}"))
                    .defineMethod("owner", owner.getTypeDescription(), Visibility.PUBLIC)
                    .intercept(FixedValue.nullValue()).annotateMethod(path("{id: [0-9]+}/owner"))
                    .make();
            types.add(orders);
            types.add(owner);
            roots.add(orders.getTypeDescription());
        }
        DynamicType.Unloaded<?> first = types.get(0);
        Map<TypeDescription, Class<?>> loaded = first.include(types.subList(1, types.size()))
                .load(GeneratedApplication.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getAllLoaded();
        List<Class<?>> rootClasses = new ArrayList<>(units);
        for (TypeDescription root : roots) {
            rootClasses.add(loaded.get(root));
        }
        return new GeneratedApplication(List.copyOf(rootClasses), units);
    }

    List<Class<?>> rootClasses() {
        return rootClasses;
    }

    /** A concrete path of the given kind (0-5) in unit {@code unit}, relative to the application, as UriInfo#getPath gives it. */
    static String path(int unit, int kind, int id) {
        String orders = unit % 10 == 9 ? "tenants/t" + id % 97 + "/svc" + unit + "/orders" : "api/v1/svc" + unit + "/orders";
        switch (kind) {
            case 0: return orders;
            case 1: return orders + "/" + id;
            case 2: return orders + "/search";
            case 3: return orders + "/" + id + "/lines/l" + id % 7;
            case 4: return orders + "/" + id + "/owner";
            case 5: return orders + "/" + id + "/owner/address";
            default: throw new IllegalArgumentException("kind " + kind);
        }
    }

    /**
     * {@code count} matching paths drawn at random (fixed seed) over all units and kinds, each
     * checked against the model: the lookup must be a Match with the expected Allow.
     */
    RelativePath[] samplePaths(int count, RouteTable table) {
        Random random = new Random(20240405L);
        RelativePath[] paths = new RelativePath[count];
        for (int n = 0; n < count; n++) {
            int unit = random.nextInt(units);
            int kind = random.nextInt(EXPECTED_ALLOW.length);
            String path = path(unit, kind, 1 + random.nextInt(100_000));
            RouteLookup lookup = table.lookup(RelativePath.of(path));
            if (!(lookup instanceof RouteLookup.Match match) || !match.allowed().headerValue().equals(EXPECTED_ALLOW[kind])) {
                throw new IllegalStateException("the model does not answer " + path + " as expected: " + lookup);
            }
            paths[n] = RelativePath.of(path);
        }
        return paths;
    }

    private static String rootTemplate(int unit) {
        return unit % 10 == 9 ? "tenants/{tenant}/svc" + unit + "/orders" : "api/v1/svc" + unit + "/orders";
    }

    private static AnnotationDescription path(String value) {
        return AnnotationDescription.Builder.ofType(Path.class).define("value", value).build();
    }

    private static AnnotationDescription verb(Class<? extends Annotation> designator) {
        return AnnotationDescription.Builder.ofType(designator).build();
    }
}
