package dev.restallow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code @Path} value compiled the way Jakarta REST §3.7.3 turns a template into a regular
 * expression R(T): literal characters encoded and quoted, each variable replaced by its own
 * regular expression (default {@code [^/]+}), a trailing '/' dropped, and {@code (/.*)?}
 * appended as the final capturing group.
 *
 * <p>Templates are kept with one leading '/', and concrete paths are matched in that form too.
 *
 * @param source the template as written
 * @param regex R(T), without the final capturing group; two templates with the same regex are
 *     the same route (§3.7.2 step 1e)
 * @param literalCharacters the primary sort key of §3.7.2
 * @param variables the secondary sort key
 * @param regexVariables the tertiary sort key: variables with a regular expression of their own
 * @param literalSegments the complete path segments before the first variable, used to index
 *     templates so that a lookup never scans them all
 */
record PathTemplate(
        String source,
        String regex,
        Pattern pattern,
        int literalCharacters,
        int variables,
        int regexVariables,
        List<String> literalSegments) {

    private static final String DEFAULT_VARIABLE_REGEX = "[^/]+";

    /** The §3.7.2 order: more literal characters first, then more variables, then more regex variables. */
    static final Comparator<PathTemplate> MATCHING_ORDER = Comparator
            .comparingInt(PathTemplate::literalCharacters).reversed()
            .thenComparing(Comparator.comparingInt(PathTemplate::variables).reversed())
            .thenComparing(Comparator.comparingInt(PathTemplate::regexVariables).reversed())
            .thenComparing(PathTemplate::regex);

    PathTemplate {
        literalSegments = List.copyOf(literalSegments);
    }

    static PathTemplate parse(String template) {
        String normalized = normalize(template);
        StringBuilder regex = new StringBuilder();
        StringBuilder literalPrefix = new StringBuilder();
        boolean inPrefix = true;
        int literals = 0;
        int variables = 0;
        int regexVariables = 0;
        int i = 0;
        while (i < normalized.length()) {
            char c = normalized.charAt(i);
            if (c == '{') {
                int end = closingBrace(normalized, i, template);
                String variable = normalized.substring(i + 1, end);
                int colon = variable.indexOf(':');
                String variableRegex = colon < 0 ? DEFAULT_VARIABLE_REGEX : variable.substring(colon + 1).trim();
                if (colon >= 0 && !variableRegex.isEmpty()) {
                    regexVariables++;
                } else {
                    variableRegex = DEFAULT_VARIABLE_REGEX;
                }
                regex.append('(').append(variableRegex).append(')');
                variables++;
                inPrefix = false;
                i = end + 1;
            } else {
                String encoded = encodeLiteral(c);
                literals += encoded.length();
                regex.append(Pattern.quote(encoded));
                if (inPrefix) {
                    literalPrefix.append(encoded);
                }
                i++;
            }
        }
        String regexText = regex.toString();
        Pattern pattern;
        try {
            pattern = Pattern.compile(regexText + "(/.*)?");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid regular expression in @Path(\"" + template + "\")", e);
        }
        return new PathTemplate(template, regexText, pattern, literals, variables, regexVariables,
                literalSegments(literalPrefix.toString(), inPrefix));
    }

    /**
     * Matches a path (starting with '/', or empty) and returns what is left for the next step:
     * the final capturing group, "" when nothing is left, or null when the template does not match.
     */
    String match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String rest = matcher.group(matcher.groupCount());
        return rest == null ? "" : rest;
    }

    private static String normalize(String template) {
        String t = template == null ? "" : template.trim();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        if (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "" : "/" + t;
    }

    private static int closingBrace(String text, int open, String template) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced '{' in @Path(\"" + template + "\")");
    }

    private static List<String> literalSegments(String prefix, boolean wholeTemplateIsLiteral) {
        List<String> segments = new ArrayList<>();
        String[] parts = prefix.split("/", -1);
        // parts[0] is the empty text before the leading '/'; the last part is complete only when
        // the template has no variable (R(T) then requires '/' or the end after it).
        int complete = wholeTemplateIsLiteral ? parts.length : parts.length - 1;
        for (int i = 1; i < complete; i++) {
            segments.add(parts[i]);
        }
        return segments;
    }

    /** Percent-encodes a literal template character that may not appear as-is in a path. */
    private static String encodeLiteral(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return encoded.toString();
    }
}
