package dev.restallow.internal.answer;

import dev.restallow.RestAllowFeature;
import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.body.JsonText;
import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.ResourceModel;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.util.Map;
import java.util.function.Function;

/**
 * rest-allow for a runtime whose own container creates the JAX-RS providers and injects their
 * {@code @Context} values, with a route model read ahead of time: the Quarkus extension, whose
 * model comes from the build-time index and whose providers are CDI beans. (Quarkus REST does not
 * inject {@code @Context} into provider instances that {@link RestAllowFeature} registers, and its
 * {@code UriInfo#getPath(false)} throws; the request path is taken from the raw request and base
 * URIs here.)
 *
 * <p>Each method hands the request state, passed in, to the same provider that
 * {@link RestAllowFeature} registers for the job: {@link #filterRequest} that of the {@code @PreMatching} request filters
 * (automatic OPTIONS, 501), {@link #toResponse} that of the {@code ExceptionMapper<NotAllowedException>},
 * {@link #filterResponse} that of the response filter ({@link RestAllowProviders} makes them).
 * Register the beans with the same {@link ProviderPriorities}.
 */
public final class RestAllowAnswers {

    /** Null where {@code rest-allow.enabled=false}. */
    private final RestAllowProviders restAllowProviders;

    private RestAllowAnswers(ResourceModel model, RestAllowConfig config,
            Function<Map<String, Object>, String> jsonWriter, boolean correctsQuarkusRestRouting) {
        this.restAllowProviders = config.enabled()
                ? RestAllowProviders.ofModel(model, config,
                        ErrorResponses.withWriter(config.body(), jsonWriter != null ? jsonWriter : JsonText::object),
                        correctsQuarkusRestRouting)
                : null;
    }

    /**
     * The answers for quarkus-resteasy: the route table of the model, with the configuration.
     *
     * @param model the application's resource classes
     * @param config the configuration, typed
     * @param jsonWriter writes a JSON object given as an ordered map of strings, integers and lists of
     *     strings; null for rest-allow's own writer
     */
    public static RestAllowAnswers forQuarkusResteasy(ResourceModel model, RestAllowConfig config,
            Function<Map<String, Object>, String> jsonWriter) {
        return new RestAllowAnswers(model, config, jsonWriter, false);
    }

    /**
     * The same answers for Quarkus REST, also correcting two routing answers of Quarkus REST that the
     * model shows to be wrong: its automatic OPTIONS answers 200, listing every method of the class, for a path
     * inside a resource class that nothing serves (GET there is 404), and below a sub-resource
     * locator it answers 404 instead of 405 to a method the target class declares only for other
     * sub-paths. rest-allow answers such an OPTIONS by throwing {@code NotFoundException} from the
     * pre-matching filter, and has such a 404 mapped as the 405 ({@link #notAllowedBelowLocator}); an
     * entity-less 404 that still leaves there becomes the 405 in the response filter (an application
     * locator that itself throws an entity-less 404 for a method not allowed at the target then gets
     * the 405 too). Both go through the application's exception mappers, as the runtime's own would.
     */
    public static RestAllowAnswers forQuarkusRest(ResourceModel model, RestAllowConfig config,
            Function<Map<String, Object>, String> jsonWriter) {
        return new RestAllowAnswers(model, config, jsonWriter, true);
    }

    /**
     * Quarkus REST: the {@code NotAllowedException} to map in place of {@code thrown} when {@code thrown}
     * is the runtime's bare {@code WebApplicationException(404)} below a sub-resource locator for a
     * method that the target serves only at other sub-paths (see {@link #forQuarkusRest}); else
     * null. Mapped in its place, the 405 reaches the application's exception mappers as any 405 does,
     * with the exact {@code Allow}.
     */
    public NotAllowedException notAllowedBelowLocator(ContainerRequestContext request, Throwable thrown) {
        if (restAllowProviders == null || restAllowProviders.notFoundBelowLocator == null || thrown == null
                || thrown.getClass() != WebApplicationException.class) {
            return null;
        }
        Response response = ((WebApplicationException) thrown).getResponse();
        if (response.getStatus() != 404 || response.hasEntity()) {
            return null;
        }
        AllowedMethods allowed = restAllowProviders.notFoundBelowLocator.allowedInstead(request);
        return allowed == null ? null : new NotAllowedException(
                Response.status(Response.Status.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed.headerValue()).build());
    }

    /** False when {@code rest-allow.enabled=false}: every method then leaves the request alone. */
    public boolean isEnabled() {
        return restAllowProviders != null;
    }

    /**
     * The {@code @PreMatching} request filter: answers automatic OPTIONS (as AutomaticOptionsResponder)
     * and methods that no resource implements (as UnknownMethodResponder).
     *
     * @param applicationProviders the application's providers: where the application maps 405s through a mapper of
     *     its own, its mapper answers an unknown method as it answers any 405, not rest-allow's 501
     */
    public void filterRequest(ContainerRequestContext request, Providers applicationProviders) {
        if (restAllowProviders == null) {
            return;
        }
        if (restAllowProviders.options != null) {
            restAllowProviders.options.filter(request);
        }
        // never both: OPTIONS is always a recognised method
        if (restAllowProviders.unknownMethods != null) {
            restAllowProviders.unknownMethods.filter(request, applicationProviders);
        }
    }

    /**
     * The {@code ExceptionMapper<NotAllowedException>}: the 405 with the exact {@code Allow} and the
     * configured body, or the answer of the application's own mapper for a supertype of
     * {@code NotAllowedException}.
     */
    public Response toResponse(NotAllowedException exception, ResourceInfo resourceInfo, UriInfo uriInfo,
            HttpHeaders headers, Request request, Providers providers) {
        if (restAllowProviders == null) {
            ExceptionMapper<ClientErrorException> applicationMapper = ApplicationMappers.forClientErrors(providers);
            return applicationMapper != null ? applicationMapper.toResponse(exception) : exception.getResponse();
        }
        return restAllowProviders.mapper.answer(exception, providers, resourceInfo, uriInfo, headers, request);
    }

    /**
     * The response filter: any 405 gets the exact {@code Allow}, and the configured body where it
     * has none (Quarkus REST's 405 under a sub-resource locator is a bare WebApplicationException).
     */
    public void filterResponse(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resourceInfo) {
        if (restAllowProviders != null) {
            restAllowProviders.responseFilter.filter(request, response, resourceInfo);
        }
    }
}
