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

    public static TemplateParts of(String template) {
        String text = template == null ? "" : template;
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
            int end = PathTemplate.closingBrace(text, i, text);
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
