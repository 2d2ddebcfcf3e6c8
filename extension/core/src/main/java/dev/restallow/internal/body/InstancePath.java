package dev.restallow.internal.body;

import dev.restallow.internal.route.PercentEncoding;

/**
 * The request path as the problem+json {@code instance}: a URI reference in which every
 * character outside RFC 3986 {@code pchar} and '/' is percent-encoded, so nothing the client
 * sent is reflected raw. Capped at {@value #MAX_LENGTH} characters.
 */
final class InstancePath {

    static final int MAX_LENGTH = 2048;

    private InstancePath() {
    }

    static String of(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder safe = new StringBuilder(Math.min(rawPath.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < rawPath.length() && safe.length() < MAX_LENGTH; i++) {
            char c = rawPath.charAt(i);
            if (isPathChar(c)) {
                safe.append(c);
            } else if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1)) && isHex(rawPath.charAt(i + 2))) {
                safe.append(c);
            } else {
                PercentEncoding.appendEncoded(c, safe);
            }
        }
        return safe.toString();
    }

    private static boolean isPathChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
