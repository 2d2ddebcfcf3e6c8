package dev.restallow;

/** Decides whether a request method may be echoed back to the client (RFC 9110 §5.6.2 token). */
final class MethodToken {

    static final int MAX_ECHOED_LENGTH = 32;

    private MethodToken() {
    }

    /** True for a non-empty RFC 9110 token of at most {@value #MAX_ECHOED_LENGTH} characters. */
    static boolean isEchoable(String method) {
        if (method == null || method.isEmpty() || method.length() > MAX_ECHOED_LENGTH) {
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
