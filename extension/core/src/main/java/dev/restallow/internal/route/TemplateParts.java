package dev.restallow.internal.route;

import dev.restallow.internal.route.runtime.CxfTemplateKey;
import dev.restallow.internal.route.runtime.JerseyTemplateKey;
import dev.restallow.internal.route.runtime.ResteasyTemplateKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @Path} value split into literal text and variables, as written (no slash added or
 * removed): what the runtimes' own template parsers count and turn into regular expressions when
 * they rank templates ({@link JerseyTemplateKey}, {@link ResteasyTemplateKey},
 * {@link CxfTemplateKey}).
 *
 * @param parts in order; a {@link Literal} is never empty
 */
public record TemplateParts(List<Part> parts) {

    public TemplateParts {
        parts = List.copyOf(parts);
    }

    public sealed interface Part {
    }

    public record Literal(String text) implements Part {
    }

    /** @param regex the variable's own regular expression, trimmed, or null for the default */
    public record Variable(String name, String regex) implements Part {
    }

    /**
     * Reads a {@code @Path} template: the one reader of the {@code {name: regex}} notation, whose
     * parts every other view of a template (regex, index segments, example paths, metric tags) is
     * made from.
     *
     * @throws IllegalArgumentException for a '{' that no '}' closes
     */
    public static TemplateParts of(String template) {
        return parse(template, template);
    }

    /** @param template the {@code @Path} value that {@code text} comes from, for the error message */
    static TemplateParts parse(String text, String template) {
        text = text == null ? "" : text;
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            int end = closingBrace(text, i, template);
            String variable = text.substring(i + 1, end);
            int colon = variable.indexOf(':');
            String name = (colon < 0 ? variable : variable.substring(0, colon)).trim();
            String regex = colon < 0 ? null : variable.substring(colon + 1).trim();
            parts.add(new Variable(name, regex == null || regex.isEmpty() ? null : regex));
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new TemplateParts(parts);
    }

    /** {@link #closingBrace(String, int)}, failing for a '{' that no '}' closes in {@code @Path(template)}. */
    private static int closingBrace(String text, int open, String template) {
        int close = closingBrace(text, open);
        if (close < 0) {
            throw new IllegalArgumentException("Unbalanced '{' in @Path(\"" + template + "\")");
        }
        return close;
    }

    /** The index of the '}' that closes the '{' at {@code open}, counting nested braces; -1 if none does. */
    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    public int literalCharacters() {
        int count = 0;
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                count += literal.text().length();
            }
        }
        return count;
    }

    public int variables() {
        return (int) parts.stream().filter(Variable.class::isInstance).count();
    }

    public int regexVariables() {
        return (int) parts.stream().filter(part -> part instanceof Variable variable && variable.regex() != null).count();
    }
}
