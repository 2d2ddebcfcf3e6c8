package dev.restallow.internal.route;

/** Brings a request path into the form that path templates are matched against. */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * The path relative to the application's base URI as {@link RelativePath} gives it, with the
     * '/' that joins it to the base in front and matrix parameters removed from every segment (they
     * take no part in request matching), percent-encoding kept as it came. A '/' at the start of
     * the relative path is an empty first segment ({@code //users} below the base), which no
     * template matches, as on the runtimes.
     */
    static String forMatching(String relativePath) {
        String path = relativePath == null ? "" : relativePath;
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
}
