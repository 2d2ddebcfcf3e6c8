package dev.restallow;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * rest-allow for a runtime whose own container creates the JAX-RS providers and injects their
 * {@code @Context} values, with a route model read ahead of time: the Quarkus extension, whose
 * model comes from the build-time index and whose providers are CDI beans. (Quarkus REST does not
 * inject {@code @Context} into provider instances that {@link RestAllowFeature} registers, and its
 * {@code UriInfo#getPath(false)} throws; the request path is taken from the raw request and base
 * URIs here.)
 *
 * <p>Each method does the job of providers that {@link RestAllowFeature} registers, with the
 * request state passed in: {@link #filterRequest} that of the {@code @PreMatching} request filters
 * (automatic OPTIONS, 501), {@link #toResponse} that of the {@code ExceptionMapper<NotAllowedException>},
 * {@link #filterResponse} that of the response filter. Register them with the same priorities: the
 * request filter at {@code Priorities.USER}, the mapper at {@code Integer.MAX_VALUE} (the lowest
 * precedence, so that an application's own mapper wins), the response filter at 10 (after the
 * application's).
 */
public final class RestAllowAnswers {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    /** GET and HEAD every server must support (RFC 9110 §9.1); OPTIONS is always answered. */
    private static final Set<String> ALWAYS_RECOGNISED = Set.of("GET", "HEAD", "OPTIONS");

    private final RestAllowConfig config;
    private final RouteTableSource routes;
    private final AllowResolver allowResolver;
    private final ErrorResponses responses;
    private final NotAllowedMetric metric;
    /** Whether to correct Quarkus REST's routing answers that contradict the model ({@link #forQuarkusRest()}). */
    private final boolean correctsQuarkusRestRouting;

    private RestAllowAnswers(RestAllowConfig config, RouteTableSource routes, ErrorResponses responses,
            boolean correctsQuarkusRestRouting) {
        this.config = config;
        this.routes = routes;
        this.allowResolver = new AllowResolver(routes);
        this.responses = responses;
        this.metric = NotAllowedMetric.of(routes, config.enabled() && config.metrics());
        this.correctsQuarkusRestRouting = correctsQuarkusRestRouting;
    }

    /**
     * Builds the route table of the model and reads the configuration.
     *
     * @param model the application's resource classes
     * @param configuration the value of a configuration key ({@code rest-allow.enabled},
     *     {@code rest-allow.body}, {@code rest-allow.options}, {@code rest-allow.unknown-method}), or
     *     null for its default; system properties of the same names win, as with {@link RestAllowFeature}
     * @param jsonWriter writes a JSON object given as an ordered map of strings, integers and lists of
     *     strings; null for rest-allow's own writer
     * @throws IllegalStateException for a configuration value that is not allowed
     */
    public static RestAllowAnswers create(ResourceModel model, Function<String, Object> configuration,
            Function<Map<String, Object>, String> jsonWriter) {
        RestAllowConfig config = RestAllowConfig.read(configuration);
        Function<Map<String, Object>, String> writer = jsonWriter != null ? jsonWriter : JsonText::object;
        Function<Object, String> json = body -> writer.apply(ErrorBodyMembers.of(body));
        ErrorResponses responses = new ErrorResponses(config.body(), json);
        RouteTableSource routes = config.enabled() ? new RouteTableSource(model) : new RouteTableSource();
        return new RestAllowAnswers(config, routes, responses, false);
    }

    /**
     * The same answers, also correcting two routing answers of Quarkus REST that the model shows to
     * be wrong: its automatic OPTIONS answers 200, listing every method of the class, for a path
     * inside a resource class that nothing serves (GET there is 404), and below a sub-resource
     * locator it answers 404 instead of 405 to a method the target class declares only for other
     * sub-paths. rest-allow answers such an OPTIONS 404, and turns such an entity-less 404 into the
     * 405 (an application locator that itself throws an entity-less 404 for a method not allowed at
     * the target then gets the 405 too).
     */
    public RestAllowAnswers forQuarkusRest() {
        return new RestAllowAnswers(config, routes, responses, true);
    }

    /** False when {@code rest-allow.enabled=false}: every method then leaves the request alone. */
    public boolean isEnabled() {
        return config.enabled();
    }

    /**
     * The {@code @PreMatching} request filter: answers automatic OPTIONS (as AutomaticOptionsResponder)
     * and methods that no resource implements (as UnknownMethodResponder).
     *
     * @param providers the application's providers: where the application maps 405s through a mapper of
     *     its own, its mapper answers an unknown method as it answers any 405, not rest-allow's 501
     */
    public void filterRequest(ContainerRequestContext request, Providers providers) {
        if (!config.enabled()) {
            return;
        }
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            if (config.optionsFromModel() && !isCorsPreflight(request)) {
                RouteLookup lookup = routes.lookup(RelativePath.of(request.getUriInfo()));
                if (lookup instanceof RouteLookup.Match match && !match.declaresOptions()) {
                    request.abortWith(Response.ok()
                            .header(HttpHeaders.ALLOW, match.allowed().headerValue())
                            .header(HttpHeaders.CONTENT_LENGTH, 0)
                            .build());
                } else if (correctsQuarkusRestRouting && lookup instanceof RouteLookup.NoMatch noMatch
                        && noMatch.insideResourceClass()) {
                    request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
                }
            }
            return;
        }
        if (config.unknownMethodStatus() != 501 || ALWAYS_RECOGNISED.contains(method)) {
            return;
        }
        RouteTable table = routes.table();
        if (!table.implementedMethods().contains(method)
                && ApplicationMappers.forClientErrors(providers) == null
                && table.lookup(RelativePath.of(request.getUriInfo())) instanceof RouteLookup.Match match) {
            request.abortWith(responses.notImplemented(RefusedRequest.of(request), match.allowed()));
        }
    }

    private static boolean isCorsPreflight(ContainerRequestContext request) {
        return request.getHeaderString("Origin") != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
    }

    /**
     * The {@code ExceptionMapper<NotAllowedException>}: the 405 with the exact {@code Allow} and the
     * configured body, or the answer of the application's own mapper for a supertype of
     * {@code NotAllowedException}.
     */
    public Response toResponse(NotAllowedException exception, ResourceInfo resourceInfo, UriInfo uriInfo,
            HttpHeaders headers, Request request, Providers providers) {
        ExceptionMapper<ClientErrorException> applicationMapper = ApplicationMappers.forClientErrors(providers);
        if (applicationMapper != null) {
            return applicationMapper.toResponse(exception);
        }
        if (!config.enabled()) {
            return exception.getResponse();
        }
        AllowedMethods allowed = allowResolver.resolve(MatchedResource.isMatched(resourceInfo),
                RelativePath.of(uriInfo),
                AllowedMethods.parseHeaderValues(exception.getResponse().getHeaders().get(HttpHeaders.ALLOW)));
        if (allowed == null) {
            allowed = AllowedMethods.impliedBy(List.of());
        }
        return responses.methodNotAllowed(RefusedRequest.of(request, uriInfo, headers), allowed);
    }

    /**
     * The response filter: any 405 gets the exact {@code Allow}, and the configured body where it
     * has none (Quarkus REST's 405 under a sub-resource locator is a bare WebApplicationException).
     */
    public void filterResponse(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resourceInfo) {
        if (!config.enabled()) {
            return;
        }
        AllowedMethods allowed;
        if (response.getStatus() == 405) {
            allowed = allowResolver.resolve(MatchedResource.isMatched(resourceInfo),
                    RelativePath.of(request.getUriInfo()),
                    AllowedMethods.parseHeaderValues(response.getHeaders().get(HttpHeaders.ALLOW)));
        } else if (response.getStatus() == 404 && correctsQuarkusRestRouting && !response.hasEntity()) {
            allowed = refusedBelowLocator(request);
            if (allowed != null) {
                response.setStatus(405);
            }
        } else {
            return;
        }
        if (response.getStatus() == 405) {
            metric.count(request);
        }
        if (allowed == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed.headerValue());
        if (!response.hasEntity()) {
            ErrorResponses.Body body = responses.methodNotAllowedBody(RefusedRequest.of(request), allowed);
            if (body != null) {
                response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                response.setEntity(body.json(), NO_ANNOTATIONS, MediaType.valueOf(body.mediaType()));
            }
        }
    }

    /**
     * The methods allowed at the request's path when the model selects its resource through a
     * sub-resource locator and the request's method is not among them, else null.
     */
    private AllowedMethods refusedBelowLocator(ContainerRequestContext request) {
        String path = RelativePath.of(request.getUriInfo());
        return routes.lookup(path) instanceof RouteLookup.Match match
                && !match.allowed().contains(request.getMethod())
                && routes.table().directMatch(path) == null ? match.allowed() : null;
    }
}
