package dev.restallow.internal.body;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON object (RFC 8259) whose values are strings, numbers, booleans, nulls or
 * collections of these: enough for rest-allow's error bodies where no JSON library is present.
 *
 * <p>Strings are escaped completely: quotation mark, reverse solidus and every control character
 * (U+0000-U+001F, as the short escapes where RFC 8259 §7 has one), U+2028 and U+2029 (which
 * JavaScript string literals did not allow), and unpaired surrogates (which no UTF-8 encoder can
 * write), each as a backslash, 'u' and four hexadecimal digits.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String object(Map<String, ?> members) {
        StringBuilder json = new StringBuilder(128);
        writeObject(json, members);
        return json.toString();
    }

    private static void writeObject(StringBuilder json, Map<?, ?> members) {
        json.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = members.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            writeString(json, String.valueOf(entry.getKey()));
            json.append(':');
            writeValue(json, entry.getValue());
            if (entries.hasNext()) {
                json.append(',');
            }
        }
        json.append('}');
    }

    private static void writeValue(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            writeString(json, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Collection<?> values) {
            json.append('[');
            Iterator<?> items = values.iterator();
            while (items.hasNext()) {
                writeValue(json, items.next());
                if (items.hasNext()) {
                    json.append(',');
                }
            }
            json.append(']');
        } else if (value instanceof Map<?, ?> members) {
            writeObject(json, members);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void writeString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
