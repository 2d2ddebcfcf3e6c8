package dev.restallow.internal.body;

import dev.restallow.MethodErrorBody;
import dev.restallow.ProblemDetailBody;
import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.MethodToken;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the 405 and 501 answers: status, exact {@code Allow}, and the configured body negotiated
 * against {@code Accept}.
 *
 * <p>HEAD answers carry the same entity, so that their headers are those of the GET answer
 * (RFC 9110 §9.3.2); the HTTP layer of every runtime sends no content for HEAD. An entity also
 * keeps Jersey on Servlet containers from replacing the 405 with an HTML error page
 * ({@code sendError} is called only for entity-less errors).
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final MediaType PROBLEM_JSON_TYPE = new MediaType("application", "problem+json");

    /** Bound of {@link #jsonBodies}; past it, bodies are serialized each time. */
    static final int MAX_CACHED_BODIES = 256;

    private final BodyFormat configured;
    private final Function<Object, String> json;
    /**
     * The default JSON bodies already written: they depend only on the status, the echoed method
     * and the allowed methods, so a 405 costs no serialization after the first. Bounded, because
     * the method comes from the client.
     */
    private final Map<JsonBodyKey, Body> jsonBodies = new ConcurrentHashMap<>();

    private record JsonBodyKey(int status, String echoedMethod, AllowedMethods allowed) {
    }

    /**
     * @param json writes a {@link MethodErrorBody} or a {@link ProblemDetailBody} as JSON text; may be
     *     null only when {@code configured} is {@link BodyFormat#NONE}
     */
    private ErrorResponses(BodyFormat configured, Function<Object, String> json) {
        this.configured = configured;
        this.json = json;
    }

    /**
     * Bodies written by JSON-B where the runtime or the application has an implementation (Payara,
     * WildFly, Jersey or RESTEasy with Yasson), else by rest-allow's own writer: the same JSON either
     * way. JSON-B is only touched inside {@link JsonbSerializer}, so this class loads without its API.
     */
    public static ErrorResponses of(BodyFormat configured) {
        if (configured == BodyFormat.NONE) {
            return new ErrorResponses(configured, null);
        }
        try {
            return new ErrorResponses(configured, JsonbSerializer.create());
        } catch (LinkageError | RuntimeException noJsonb) {
            LOG.fine(() -> "rest-allow: no JSON-B implementation (" + noJsonb + "), its own JSON writer writes the bodies");
            return withWriter(configured, JsonText::object);
        }
    }

    /** @param writer writes a JSON object given as an ordered map of strings, integers and lists of strings */
    public static ErrorResponses withWriter(BodyFormat configured, Function<Map<String, Object>, String> writer) {
        return new ErrorResponses(configured, body -> writer.apply(ErrorBodyMembers.of(body)));
    }

    /** The request whose method is refused: its method, raw path and {@code Accept} header. */
    public record Refused(String method, String rawPath, String accept) {
    }

    /** A serialized body and its media type. */
    public record Body(String json, String mediaType) {
    }

    public Response notImplemented(Refused request, AllowedMethods allowed) {
        return respond(501, request, allowed);
    }

    /** 400 for a request method that is not an RFC 9110 token (separators, control bytes). */
    public Response malformedMethod(Refused request, AllowedMethods allowed) {
        return respond(400, request, allowed);
    }

    /**
     * The answer where the resource refuses the request's method: 405, or 400 where the method is
     * no token at all (RFC 9110 §9.1), whichever way the runtime refused it.
     *
     * @param allowed the exact methods, or null where nobody can tell them (no {@code Allow} is sent then)
     */
    public Response refused(Refused request, AllowedMethods allowed) {
        return respond(refusedStatus(request.method()), request, allowed);
    }

    /** 405, or 400 for a method that is no token. */
    public static int refusedStatus(String method) {
        return MethodToken.isToken(method) ? 405 : 400;
    }

    /**
     * The body for a 405 or 400 refusal that some other code produced without one; null when there
     * is to be none.
     */
    public Body refusedBody(int status, Refused request, AllowedMethods allowed) {
        return body(status, request, allowed);
    }

    private Response respond(int status, Refused request, AllowedMethods allowed) {
        Response.ResponseBuilder response = Response.status(status);
        if (allowed != null) {
            response.header(HttpHeaders.ALLOW, allowed.headerValue());
        }
        Body body = body(status, request, allowed);
        if (body != null) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).type(mediaType(body.mediaType())).entity(body.json());
        }
        return response.build();
    }

    private Body body(int status, Refused request, AllowedMethods allowed) {
        try {
            return serialize(status, request, allowed);
        } catch (RuntimeException e) {
            // the status and Allow are what matter: never turn a 405 into a 500 over its body
            LOG.log(Level.WARNING, "rest-allow: could not write the " + status + " body", e);
            return null;
        }
    }

    private Body serialize(int status, Refused request, AllowedMethods allowed) {
        BodyFormat format = AcceptPreference.choose(request.accept(), configured);
        if (format == BodyFormat.NONE) {
            return null;
        }
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 501 -> "Not Implemented";
            default -> "Method Not Allowed";
        };
        if (format == BodyFormat.PROBLEM) {
            String message = message(status, request.method());
            return new Body(json.apply(new ProblemDetailBody("about:blank", reason, status, message,
                    InstancePath.of(request.rawPath()), methods(allowed))), PROBLEM_JSON);
        }
        JsonBodyKey key = new JsonBodyKey(status,
                MethodToken.isEchoable(request.method()) ? request.method() : null, allowed);
        Body cached = jsonBodies.get(key);
        if (cached != null) {
            return cached;
        }
        Body body = new Body(json.apply(new MethodErrorBody(reason, message(status, request.method()),
                methods(allowed))), JSON);
        if (jsonBodies.size() < MAX_CACHED_BODIES) {
            jsonBodies.putIfAbsent(key, body);
        }
        return body;
    }

    private static List<String> methods(AllowedMethods allowed) {
        return allowed == null ? null : allowed.methods();
    }

    /** The parsed media type, without parsing the two of rest-allow's own bodies again on every answer. */
    private static MediaType mediaType(String text) {
        if (JSON.equals(text)) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        return PROBLEM_JSON.equals(text) ? PROBLEM_JSON_TYPE : MediaType.valueOf(text);
    }

    private static String message(int status, String method) {
        if (status == 400) {
            return "The request method is not a valid HTTP method token";
        }
        String subject = MethodToken.isEchoable(method) ? method : "The request method";
        return status == 501
                ? subject + " is not implemented by this server"
                : subject + " is not supported for this resource";
    }
}
