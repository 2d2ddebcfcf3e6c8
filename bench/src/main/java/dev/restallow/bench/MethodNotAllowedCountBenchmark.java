package dev.restallow.bench;

import dev.restallow.internal.body.BodyFormat;
import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.metrics.MethodNotAllowedCounter;
import dev.restallow.internal.metrics.MicrometerCounter;
import dev.restallow.internal.metrics.NotAllowedMetric;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.scan.ResourceClassScanner;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What counting a 405 in Micrometer adds to rest-allow's 405 (issue 7): the route template of the
 * path (a second walk of the route model) and the counter, registered in Micrometer's global
 * registry with a {@link SimpleMeterRegistry} in it, as an application with Micrometer has it.
 * Run with {@code -prof gc}. Without a metrics library nothing of this runs.
 *
 * <ul>
 *   <li>{@code answer}: lookup and 405 Response, as {@code MethodNotAllowedBenchmark.extension405WithLookup};</li>
 *   <li>{@code answerAndCount}: the same, and the 405 counted;</li>
 *   <li>{@code count}: the counting alone.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MethodNotAllowedCountBenchmark {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ErrorResponses responses;
    private RouteTable table;
    private NotAllowedMetric metric;
    private ErrorResponses.Refused refused;
    private RelativePath path;

    @Setup(Level.Trial)
    public void setUp() {
        Metrics.addRegistry(registry);
        responses = ErrorResponses.of(BodyFormat.JSON);
        GeneratedApplication application = GeneratedApplication.generate(1000);
        ApplicationRouteTable routes = ApplicationRouteTable.of(ResourceClassScanner.read(application.rootClasses()));
        table = routes.table();
        metric = new NotAllowedMetric(routes, new MicrometerCounter());
        path = RelativePath.of(GeneratedApplication.path(42, 0, 1));
        refused = new ErrorResponses.Refused("DELETE", "/" + path, "*/*");
        metric.count(path, "DELETE");
        if (registry.find(MethodNotAllowedCounter.NAME).counter() == null) {
            throw new IllegalStateException("the 405 was not counted");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Metrics.removeRegistry(registry);
    }

    @Benchmark
    public Response answer() {
        RouteLookup.Match match = (RouteLookup.Match) table.lookup(path);
        return responses.refused(refused, match.allowed());
    }

    @Benchmark
    public Response answerAndCount() {
        RouteLookup.Match match = (RouteLookup.Match) table.lookup(path);
        metric.count(path, "DELETE");
        return responses.refused(refused, match.allowed());
    }

    @Benchmark
    public void count() {
        metric.count(path, "DELETE");
    }
}
