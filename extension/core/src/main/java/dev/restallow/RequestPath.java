package dev.restallow;

/** Brings a request path into the form that path templates are matched against. */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * One leading '/', matrix parameters removed from every segment (they take no part in
     * request matching), percent-encoding kept as it came.
     */
    static String forMatching(String requestPath) {
        String path = requestPath == null ? "" : requestPath;
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        if (path.indexOf(';') < 0) {
            // no matrix parameter: only the leading '/' to settle, without copying character by character
            return start == 1 ? path : "/" + path.substring(start);
        }
        StringBuilder normalized = new StringBuilder(path.length() + 1).append('/');
        boolean inMatrix = false;
        for (int i = start; i < path.length(); i++) {
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
