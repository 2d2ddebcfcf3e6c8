package dev.restallow.internal.route;

import java.nio.charset.StandardCharsets;

/** RFC 3986 §2.1 percent-encoding of a character's UTF-8 bytes, upper-case hex. */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    public static void appendEncoded(char c, StringBuilder out) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }
}
