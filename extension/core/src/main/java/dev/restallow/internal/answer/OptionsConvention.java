package dev.restallow.internal.answer;

import dev.restallow.internal.body.AcceptPreference;
import dev.restallow.internal.body.MediaRange;
import dev.restallow.internal.route.AllowedMethods;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of an automatic OPTIONS answer, as the runtime's clients know it, with rest-allow's
 * method list in it: the list as {@code text/plain} where the client prefers {@code text/plain}
 * (Jersey and RESTEasy send their lists so), else no body. On Jersey also the typed empty answer
 * for any other media type the client names (Jersey's generic OPTIONS method produces every type),
 * and Jersey's own WADL where the client asks for WADL by name.
 */
public enum OptionsConvention {
    /** RESTEasy, CXF, Quarkus. */
    PLAIN_TEXT_LIST,
    /** Jersey. */
    JERSEY;

    private static final String WADL = "application/vnd.sun.wadl+xml";

    /**
     * The 200 answer with the exact {@code Allow}, or null where the runtime answers for itself
     * (WADL on Jersey).
     */
    Response answer(AllowedMethods allowed, String accept) {
        MediaRange preferred = AcceptPreference.preferred(accept);
        Response.ResponseBuilder ok = Response.ok().header(HttpHeaders.ALLOW, allowed.headerValue());
        if (preferred != null && preferred.asksForPlainText()) {
            return ok.type(MediaType.TEXT_PLAIN_TYPE).entity(allowed.headerValue()).build();
        }
        if (this == JERSEY && preferred != null && !preferred.isWildcard()) {
            if (preferred.type().equals(WADL)) {
                return null;
            }
            ok.header(HttpHeaders.CONTENT_TYPE, preferred.type());
        }
        return ok.header(HttpHeaders.CONTENT_LENGTH, 0).build();
    }
}
