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
        TemplateParts parts;
        try {
            parts = TemplateParts.of(template);
        } catch (IllegalArgumentException unbalanced) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (TemplateParts.Part part : parts.parts()) {
            String text = part instanceof TemplateParts.Variable variable
                    ? valueFor(variable.regex()) : ((TemplateParts.Literal) part).text();
            if (text == null) {
                return null;
            }
            path.append(text);
        }
        return path.toString();
    }

    /** The example path, or the template itself where no example fits it. */
    public static String orTemplate(String template) {
        String example = of(template);
        return example == null ? template : example;
    }

    /** @param regex the variable's regular expression, or null for the default */
    private static String valueFor(String regex) {
        if (regex == null) {
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
