package dev.restallow.tck.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One {@code @Path} value, normalised as Jakarta REST §3.7.3 does (leading and trailing '/'
 * dropped), with the numbers §3.7.2 sorts candidates by.
 *
 * @param text the normalised template, e.g. {@code books/{id: [0-9]+}/loans}
 * @param parts its literal runs and variables, in order
 */
record PathTemplate(String text, List<Part> parts) {

    /** A run of literal characters or one template variable. */
    sealed interface Part permits Literal, Variable {
    }

    record Literal(String text) implements Part {
    }

    /** @param regex the variable's own regular expression, or null for the default {@code [^/]+} */
    record Variable(String name, String regex) implements Part {

        Pattern pattern() {
            return Pattern.compile(regex == null ? "[^/]+" : regex);
        }
    }

    static final PathTemplate EMPTY = new PathTemplate("", List.of());

    static PathTemplate parse(String value) {
        String text = value;
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
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
            int end = closingBrace(text, i);
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            String expression = text.substring(i + 1, end);
            int colon = expression.indexOf(':');
            parts.add(colon < 0
                    ? new Variable(expression.trim(), null)
                    : new Variable(expression.substring(0, colon).trim(), expression.substring(colon + 1).trim()));
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new PathTemplate(text, List.copyOf(parts));
    }

    /** The index of the '}' that closes the variable opened at {@code open}; a regex may nest braces. */
    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed '{' in @Path(\"" + text + "\")");
    }

    /** This template under {@code parent}, as a method's or locator's {@code @Path} extends its class's. */
    PathTemplate under(PathTemplate parent) {
        if (parent.text.isEmpty()) {
            return this;
        }
        if (text.isEmpty()) {
            return parent;
        }
        return parse(parent.text + "/" + text);
    }

    /** The regular expression of §3.7.3 with a leading '/', empty for the empty template. */
    String regex() {
        StringBuilder regex = new StringBuilder(text.isEmpty() ? "" : "/");
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                regex.append(Pattern.quote(literal.text()));
            } else if (part instanceof Variable variable) {
                regex.append('(').append(variable.regex() == null ? "[^/]+" : variable.regex()).append(')');
            }
        }
        return regex.toString();
    }

    /** The first sort key of §3.7.2: literal characters. */
    int literalCharacters() {
        int count = 0;
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                count += literal.text().length();
            }
        }
        return count;
    }

    /** The second sort key: template variables. */
    int variables() {
        return (int) parts.stream().filter(Variable.class::isInstance).count();
    }

    /** The third sort key: template variables with their own regular expression. */
    int regexVariables() {
        return (int) parts.stream().filter(p -> p instanceof Variable v && v.regex() != null).count();
    }

    /**
     * This template with every variable replaced by a value: from {@code values} when it names the
     * variable, else an example matching the variable's regular expression, else {@code token}.
     */
    String concrete(Map<String, String> values, String token) {
        StringBuilder path = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                path.append(literal.text());
            } else if (part instanceof Variable variable) {
                path.append(value(variable, values, token));
            }
        }
        return path.toString();
    }

    private String value(Variable variable, Map<String, String> values, String token) {
        String given = values.get(variable.name());
        if (given != null) {
            if (!variable.pattern().matcher(given).matches()) {
                throw new IllegalArgumentException("the value '" + given + "' for {" + variable.name()
                        + "} does not match its regular expression " + variable.regex() + " in @Path(\"" + text + "\")");
            }
            return given;
        }
        if (variable.regex() == null) {
            return token;
        }
        return RegexExample.of(variable.pattern()).orElseThrow(() -> new IllegalArgumentException(
                "no example value found for {" + variable.name() + ": " + variable.regex() + "} in @Path(\"" + text
                        + "\"); give one with withPathValue(\"" + variable.name() + "\", ...)"));
    }

    List<String> variableNames() {
        return parts.stream().filter(Variable.class::isInstance).map(p -> ((Variable) p).name()).toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
