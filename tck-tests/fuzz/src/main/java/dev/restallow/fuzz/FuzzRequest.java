package dev.restallow.fuzz;

import java.util.List;

/**
 * One request as sent on the wire.
 *
 * @param method the request-line method, as given (may be malformed)
 * @param path appended to the application's base path as given: each char is one byte on the wire
 *     (non-ASCII characters are sent as their UTF-8 bytes, written here one char per byte)
 * @param headerLines extra header lines, without CRLF
 * @param body the request body or null
 */
record FuzzRequest(String method, String path, List<String> headerLines, String body) {

    FuzzRequest {
        headerLines = List.copyOf(headerLines);
    }

    /** The same path and no headers: a probe of one method. */
    static FuzzRequest probe(String method, String path) {
        return new FuzzRequest(method, path, List.of(), null);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(printable(method)).append(" /").append(printable(path));
        headerLines.forEach(line -> text.append(" [").append(printable(line)).append(']'));
        if (body != null) {
            text.append(" body ").append(printable(body));
        }
        return text.toString();
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c >= 0x7f) {
                shown.append(String.format("\\x%02x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
