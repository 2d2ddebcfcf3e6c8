package dev.restallow;

import jakarta.ws.rs.core.UriInfo;

/**
 * The request path relative to the application's base URI, percent-encoded as it came, taken from
 * the raw request and base URIs. Quarkus REST's {@code UriInfo#getPath(false)} throws ("We do not
 * support non-decoded parameters", UriInfoImpl), so rest-allow cannot ask for it there.
 */
final class RelativePath {

    private RelativePath() {
    }

    static String of(UriInfo uriInfo) {
        String request = uriInfo.getRequestUri().getRawPath();
        String base = uriInfo.getBaseUri().getRawPath();
        if (request == null || base == null) {
            return uriInfo.getPath();
        }
        if (request.startsWith(base)) {
            return request.substring(base.length());
        }
        if (base.equals(request + "/")) {
            return "";
        }
        // a base the request does not start with (a forwarded prefix): the decoded path, which
        // differs only where the request encoded a reserved character
        return uriInfo.getPath();
    }
}
