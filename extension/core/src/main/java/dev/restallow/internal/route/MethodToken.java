package dev.restallow.internal.route;

import java.util.Set;

/** Reads a request method as RFC 9110 does: a token (§9.1, §5.6.2), one of the recognised methods, echoable. */
public final class MethodToken {

    static final int MAX_ECHOED_LENGTH = 32;

    /**
     * The methods every server recognises: RFC 9110 §9.3, PATCH (RFC 5789) and QUERY (RFC 10008). A
     * resource that does not serve one answers 405, never 501 (RFC 9110 §15.6.2 keeps 501 for a
     * method the server does not recognise).
     */
    public static final Set<String> RECOGNISED = Set.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY");

    private MethodToken() {
    }

    /** True for a non-empty RFC 9110 token of at most {@value #MAX_ECHOED_LENGTH} characters. */
    public static boolean isEchoable(String method) {
        return method != null && method.length() <= MAX_ECHOED_LENGTH && isToken(method);
    }

    /** True for a non-empty RFC 9110 token, of any length. */
    public static boolean isToken(String method) {
        if (method == null || method.isEmpty()) {
            return false;
        }
        for (int i = 0; i < method.length(); i++) {
            if (!isTokenChar(method.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
