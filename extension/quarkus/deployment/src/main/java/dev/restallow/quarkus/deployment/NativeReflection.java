package dev.restallow.quarkus.deployment;

import dev.restallow.internal.metrics.MetricsLibraries;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * What rest-allow-core reads by reflection at run time, to be registered for a native image:
 * <ul>
 *   <li>the methods of the resource classes and of their supertypes: to tell a routing 405 from one the
 *       application throws, rest-allow-core ({@code MatchedResource}) looks the matched method up in its
 *       class and the types above it for its HTTP method annotation (Jakarta REST §3.6);</li>
 *   <li>the metrics APIs that rest-allow-core ({@code MetricsLibraries}) looks for with {@code Class.forName},
 *       those the application has.</li>
 * </ul>
 * The bodies need nothing: they are maps of strings and lists, written by the application's JSON library.
 */
final class NativeReflection {

    /** The classes rest-allow-core's MetricsLibraries loads by name: Micrometer, MicroProfile Metrics, CDI. */
    static final List<String> METRICS_PROBES = MetricsLibraries.LOOKED_UP;

    private static final DotName OBJECT = DotName.createSimple(Object.class.getName());

    private NativeReflection() {
    }

    /** The model's classes and every class and interface above them in the index, sorted. */
    static List<String> resourceHierarchy(ResourceModel model, IndexView index) {
        TreeSet<String> names = new TreeSet<>();
        Deque<DotName> types = new ArrayDeque<>();
        model.classes().forEach(resourceClass -> types.add(DotName.createSimple(resourceClass.name())));
        while (!types.isEmpty()) {
            DotName type = types.poll();
            if (type.equals(OBJECT) || !names.add(type.toString())) {
                continue;
            }
            ClassInfo info = index.getClassByName(type);
            if (info != null) {
                if (info.superName() != null) {
                    types.add(info.superName());
                }
                types.addAll(info.interfaceNames());
            }
        }
        return List.copyOf(names);
    }

    /** The metrics classes rest-allow-core looks for that are {@code present}. */
    static List<String> metricsProbes(Predicate<String> present) {
        return METRICS_PROBES.stream().filter(present).toList();
    }

    /** Whether the build's class loader, which sees the application's libraries, has {@code className}. */
    static boolean onClassPath(String className) {
        return Thread.currentThread().getContextClassLoader().getResource(className.replace('.', '/') + ".class") != null;
    }
}
