package dev.restallow.internal.route;

import jakarta.ws.rs.core.UriInfo;

/**
 * The request path relative to the application's base URI, percent-encoded as it came, taken from
 * the raw request and base URIs. Quarkus REST's {@code UriInfo#getPath(false)} throws ("We do not
 * support non-decoded parameters", UriInfoImpl), so rest-allow cannot ask for it there.
 */
public final class RelativePath {

    private RelativePath() {
    }

    /**
     * The part of the request path after the base path, without the '/' that joins the two: no
     * leading '/' unless the request has an empty segment there ({@code /api//books}).
     */
    public static String of(UriInfo uriInfo) {
        String request = uriInfo.getRequestUri().getRawPath();
        String base = uriInfo.getBaseUri().getRawPath();
        if (request == null || base == null) {
            return withoutJoiningSlash(uriInfo.getPath());
        }
        if (request.startsWith(base)) {
            String relative = request.substring(base.length());
            return base.endsWith("/") ? relative : withoutJoiningSlash(relative);
        }
        if (base.equals(request + "/")) {
            return "";
        }
        // a base the request does not start with (a forwarded prefix): the decoded path, which
        // differs only where the request encoded a reserved character
        return withoutJoiningSlash(uriInfo.getPath());
    }

    /** Runtimes differ on whether {@code UriInfo#getPath()} starts with '/' (RESTEasy) or not (Jersey). */
    private static String withoutJoiningSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
