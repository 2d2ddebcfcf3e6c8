package dev.restallow.bench;

import dev.restallow.internal.body.BodyFormat;
import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.internal.scan.ResourceClassScanner;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 405 answer as rest-allow's mapper produces it (Jersey's RuntimeDelegate builds the
 * Response, Yasson writes the body), next to what the runtime allocates for its own routing 405.
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the allocation per 405.
 *
 * <ul>
 *   <li>{@code extension405}: {@code ErrorResponses.methodNotAllowed}: Allow, Accept
 *       negotiation, JSON-B body, Response;</li>
 *   <li>{@code extension405WithLookup}: the same plus the route-model lookup of the path, i.e.
 *       everything the mapper adds for a routing 405;</li>
 *   <li>{@code runtimeEmpty405}: the runtime's own empty 405 Response with its Allow;</li>
 *   <li>{@code runtimeNotAllowedException}: the exception the runtime creates for a routing 405
 *       (with or without rest-allow).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MethodNotAllowedBenchmark {

    /** {@code *\/*} gives the default JSON body; the other asks for RFC 9457 problem+json. */
    @Param({"*/*", "application/problem+json"})
    public String accept;

    private ErrorResponses responses;
    private RouteTable table;
    private ErrorResponses.Refused refused;
    private AllowedMethods allowed;
    private RelativePath path;

    @Setup(Level.Trial)
    public void setUp() {
        responses = ErrorResponses.of(BodyFormat.JSON);
        GeneratedApplication application = GeneratedApplication.generate(1000);
        table = RouteTableBuilder.build(ResourceClassScanner.read(application.rootClasses()));
        path = RelativePath.of(GeneratedApplication.path(42, 0, 1));
        refused = new ErrorResponses.Refused("DELETE", "/" + path, accept);
        allowed = ((RouteLookup.Match) table.lookup(path)).allowed();
        Response check = responses.refused(refused, allowed);
        if (check.getStatus() != 405 || !"GET, HEAD, POST, OPTIONS".equals(check.getHeaderString(HttpHeaders.ALLOW))
                || !(check.getEntity() instanceof String body) || !body.contains("\"allowed_methods\"")) {
            throw new IllegalStateException("unexpected 405: " + check.getHeaders() + " " + check.getEntity());
        }
    }

    @Benchmark
    public Response extension405() {
        return responses.refused(refused, allowed);
    }

    @Benchmark
    public Response extension405WithLookup() {
        RouteLookup.Match match = (RouteLookup.Match) table.lookup(path);
        return responses.refused(refused, match.allowed());
    }

    @Benchmark
    public Response runtimeEmpty405() {
        return Response.status(405).allow("GET", "POST", "OPTIONS", "HEAD").build();
    }

    @Benchmark
    public NotAllowedException runtimeNotAllowedException() {
        return new NotAllowedException(Response.status(405).allow("GET", "POST", "OPTIONS", "HEAD").build());
    }
}
