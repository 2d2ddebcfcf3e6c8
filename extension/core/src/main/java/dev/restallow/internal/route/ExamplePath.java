package dev.restallow.internal.route;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A concrete request path for a full template, for the examples in start-up warnings: {@code /orders/{id}} gives {@code /orders/7}. */
public final class ExamplePath {

    /** Values tried in turn for a variable; the first its regular expression accepts is taken. */
    private static final List<String> VALUES = List.of("7", "a", "A", "a7", "7a", "-", "a.b");

    private ExamplePath() {
    }

    /** The example path, or null when a variable's regular expression accepts none of the values tried. */
    public static String of(String template) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            int end = PathTemplate.closingBrace(template, i);
            if (end < 0) {
                return null;
            }
            String value = valueFor(template.substring(i + 1, end));
            if (value == null) {
                return null;
            }
            path.append(value);
            i = end + 1;
        }
        return path.toString();
    }

    private static String valueFor(String variable) {
        int colon = variable.indexOf(':');
        String regex = colon < 0 ? "" : variable.substring(colon + 1).trim();
        if (regex.isEmpty()) {
            return VALUES.get(0);
        }
        try {
            Pattern pattern = Pattern.compile(regex);
            return VALUES.stream().filter(value -> pattern.matcher(value).matches()).findFirst().orElse(null);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
