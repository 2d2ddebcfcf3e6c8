package dev.restallow.internal.route;

import jakarta.ws.rs.core.UriInfo;

/**
 * The request path relative to the application's base URI, percent-encoded as it came, taken from
 * the raw request and base URIs. Quarkus REST's {@code UriInfo#getPath(false)} throws ("We do not
 * support non-decoded parameters", UriInfoImpl), so rest-allow cannot ask for it there.
 */
public record RelativePath(String encoded) {

    public RelativePath {
        encoded = encoded == null ? "" : encoded;
    }

    /** An example path of a full template ({@code /orders/7}) as a request below the base would have it. */
    public static RelativePath ofExample(String examplePath) {
        return new RelativePath(examplePath.startsWith("/") ? examplePath.substring(1) : examplePath);
    }

    /** A path as it comes after the base path, percent-encoded, without the '/' that joins the two. */
    public static RelativePath of(String encoded) {
        return new RelativePath(encoded);
    }

    /**
     * The part of the request path after the base path, without the '/' that joins the two: no
     * leading '/' unless the request has an empty segment there ({@code /api//books}).
     */
    public static RelativePath of(UriInfo uriInfo) {
        return new RelativePath(relativeTo(uriInfo));
    }

    private static String relativeTo(UriInfo uriInfo) {
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

    /**
     * This path with the '/' that joins it to the base in front and matrix parameters removed from
     * every segment (they take no part in request matching), percent-encoding kept as it came. A '/' at the start of
     * the relative path is an empty first segment ({@code //users} below the base), which no
     * template matches, as on the runtimes.
     */
    public String forMatching() {
        String path = encoded;
        if (path.indexOf(';') < 0) {
            return "/" + path;
        }
        StringBuilder normalized = new StringBuilder(path.length() + 1).append('/');
        boolean inMatrix = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                inMatrix = false;
                normalized.append(c);
            } else if (c == ';') {
                inMatrix = true;
            } else if (!inMatrix) {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }

    @Override
    public String toString() {
        return encoded;
    }
}
