package dev.restallow;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PROTOTYPE, bench only: answers a routing 405 in the pre-matching phase, so that the runtime
 * neither matches, nor creates and maps a NotAllowedException. Only where the runtime would
 * certainly answer 405 and nobody else decides the answer:
 * <ul>
 *   <li>not GET, HEAD (no lookup on the happy path of reads) nor OPTIONS (automatic OPTIONS);</li>
 *   <li>a method some resource implements (else the 501 responder decides);</li>
 *   <li>the path selects its resource without a sub-resource locator ({@link RouteTable#directMatch}):
 *       through a locator the runtime runs application code first, which may answer 404 or else;</li>
 *   <li>the method is not among the allowed ones there;</li>
 *   <li>the exception mapper for NotAllowedException is rest-allow's, and the application has no
 *       mapper of its own for ClientErrorException or a supertype (it keeps its own answer).</li>
 * </ul>
 * With {@code -Drest-allow.bench.bytes=true} (variant "proposal-bytes" of bench/ab.sh) the body is
 * handed to the runtime as UTF-8 bytes instead of a String, to measure what writing a String entity
 * costs the runtime.
 */
@PreMatching
final class EarlyMethodNotAllowedResponder implements ContainerRequestFilter {

    private static final Set<String> LEFT_TO_THE_RUNTIME = Set.of("GET", "HEAD", "OPTIONS");
    private static final boolean BYTES = Boolean.getBoolean("rest-allow.bench.bytes");

    private final Map<String, byte[]> encoded = new ConcurrentHashMap<>();

    private final ApplicationRouteTable routes;
    private final ErrorResponses responses;

    @Context
    private Providers providers;

    EarlyMethodNotAllowedResponder(ApplicationRouteTable routes, ErrorResponses responses) {
        this.routes = routes;
        this.responses = responses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (LEFT_TO_THE_RUNTIME.contains(method)) {
            return;
        }
        RouteTable table = routes.table();
        if (!table.implementedMethods().contains(method)) {
            return;
        }
        RouteLookup.Match match = table.directMatch(RelativePath.of(request.getUriInfo()));
        if (match == null || match.allowed().contains(method)) {
            return;
        }
        ExceptionMapper<NotAllowedException> mapper = providers.getExceptionMapper(NotAllowedException.class);
        if (!(mapper instanceof NotAllowedMapper) || ApplicationMappers.forClientErrors(providers) != null) {
            return;
        }
        ErrorResponses.Refused refused = RefusedRequest.of(request);
        if (BYTES) {
            ErrorResponses.Body body = responses.methodNotAllowedBody(refused, match.allowed());
            if (body != null) {
                byte[] bytes = encoded.size() < 256
                        ? encoded.computeIfAbsent(body.json(), json -> json.getBytes(StandardCharsets.UTF_8))
                        : body.json().getBytes(StandardCharsets.UTF_8);
                request.abortWith(Response.status(405).header(HttpHeaders.ALLOW, match.allowed().headerValue())
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                        .type(ErrorResponses.JSON.equals(body.mediaType()) ? MediaType.APPLICATION_JSON_TYPE
                                : MediaType.valueOf(body.mediaType()))
                        .entity(bytes).build());
                return;
            }
        }
        request.abortWith(responses.methodNotAllowed(refused, match.allowed()));
    }
}
