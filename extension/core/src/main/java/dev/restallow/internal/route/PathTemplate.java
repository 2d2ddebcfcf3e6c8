package dev.restallow.internal.route;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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
 * @param parts the template as {@link TemplateParts} read it
 * @param segmentCount the segments a path that the template matches whole has outside its
 *     variables: one for each '/' outside them, at least one
 */
public record PathTemplate(
        String source,
        String regex,
        Pattern pattern,
        int literalCharacters,
        int variables,
        int regexVariables,
        List<String> literalSegments,
        TemplateParts parts,
        int segmentCount) {

    private static final String DEFAULT_VARIABLE_REGEX = "[^/]+";

    /** The §3.7.2 order: more literal characters first, then more variables, then more regex variables. */
    public static final Comparator<PathTemplate> MATCHING_ORDER = Comparator
            .comparingInt(PathTemplate::literalCharacters).reversed()
            .thenComparing(Comparator.comparingInt(PathTemplate::variables).reversed())
            .thenComparing(Comparator.comparingInt(PathTemplate::regexVariables).reversed())
            .thenComparing(PathTemplate::regex);

    public PathTemplate {
        literalSegments = List.copyOf(literalSegments);
    }

    /**
     * Templates already parsed, by their text: one {@code @Path} value comes back for every method
     * and class that repeats it, and compiling its regex is the dearest part of building the route
     * model. Weak on both sides: an entry lasts as long as a template that uses it.
     */
    private static final Map<String, WeakReference<PathTemplate>> PARSED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The template of a {@code @Path} value; equal values give the same (immutable) instance. */
    public static PathTemplate parse(String template) {
        if (template == null) {
            return compile(null);
        }
        WeakReference<PathTemplate> known = PARSED.get(template);
        PathTemplate parsed = known == null ? null : known.get();
        if (parsed == null) {
            parsed = compile(template);
            // keyed by the instance the template itself holds, so that the entry lives as long as it
            PARSED.put(parsed.source(), new WeakReference<>(parsed));
        }
        return parsed;
    }

    private static PathTemplate compile(String template) {
        TemplateParts parts = TemplateParts.parse(normalize(template), template);
        StringBuilder regex = new StringBuilder();
        StringBuilder literalPrefix = new StringBuilder();
        boolean inPrefix = true;
        int literals = 0;
        int slashes = 0;
        for (TemplateParts.Part part : parts.parts()) {
            if (part instanceof TemplateParts.Variable variable) {
                regex.append('(').append(variable.regex() == null ? DEFAULT_VARIABLE_REGEX : variable.regex()).append(')');
                inPrefix = false;
                continue;
            }
            for (char c : ((TemplateParts.Literal) part).text().toCharArray()) {
                if (c == '/') {
                    slashes++;
                }
                String encoded = encodeLiteral(c);
                literals += encoded.length();
                regex.append(Pattern.quote(encoded));
                if (inPrefix) {
                    literalPrefix.append(encoded);
                }
            }
        }
        String regexText = regex.toString();
        Pattern pattern;
        try {
            pattern = Pattern.compile(regexText + "(/.*)?");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid regular expression in @Path(\"" + template + "\")", e);
        }
        return new PathTemplate(template, regexText, pattern, literals, parts.variables(), parts.regexVariables(),
                literalSegments(literalPrefix.toString(), inPrefix), parts, Math.max(1, slashes));
    }

    /**
     * Matches a path (starting with '/', or empty) and returns what is left for the next step:
     * the final capturing group, "" when nothing is left, or null when the template does not match.
     */
    public String match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String rest = matcher.group(matcher.groupCount());
        return rest == null ? "" : rest;
    }

    /**
     * The template's leading segments as an index sees them: each complete literal segment as it
     * appears in a path (encoded), or {@code null} for a segment that is exactly one variable
     * matching one whole, non-empty path segment ({@link #isOneSegment}); up to the first segment
     * that is neither. Every path that R(T) matches has these segments first.
     */
    List<String> indexSegments() {
        List<String> segments = new ArrayList<>();
        for (List<TemplateParts.Part> segment : segments()) {
            if (segments.size() < literalSegments.size()) {
                segments.add(literalSegments.get(segments.size())); // the same text, kept once
            } else if (segment.stream().allMatch(TemplateParts.Literal.class::isInstance)) {
                StringBuilder encoded = new StringBuilder();
                segment.forEach(part -> encodeLiteral(((TemplateParts.Literal) part).text(), encoded));
                segments.add(encoded.toString());
            } else if (segment.size() == 1 && isOneSegment(((TemplateParts.Variable) segment.get(0)).regex())) {
                segments.add(null);
            } else {
                break;
            }
        }
        return java.util.Collections.unmodifiableList(segments);
    }

    /** The template's segments after its leading '/', each as its parts; a variable never splits one. */
    private List<List<TemplateParts.Part>> segments() {
        List<List<TemplateParts.Part>> segments = new ArrayList<>();
        List<TemplateParts.Part> current = null;
        for (TemplateParts.Part part : parts.parts()) {
            if (part instanceof TemplateParts.Variable) {
                current.add(part);
                continue;
            }
            String text = ((TemplateParts.Literal) part).text();
            int start = 0;
            for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', start)) {
                if (current != null && slash > start) {
                    current.add(new TemplateParts.Literal(text.substring(start, slash)));
                }
                current = new ArrayList<>();
                segments.add(current);
                start = slash + 1;
            }
            if (start < text.length()) {
                current.add(new TemplateParts.Literal(text.substring(start)));
            }
        }
        return segments;
    }

    /**
     * Whether a variable's regex (null for the default) matches exactly one non-empty path
     * segment: the default regex, or one character class that cannot match '/' repeated with '+'
     * (e.g. {@code [0-9]+}, {@code [a-z0-9-]+}). Anything else is not indexed past.
     */
    private static boolean isOneSegment(String regex) {
        if (regex == null || regex.equals(DEFAULT_VARIABLE_REGEX)) {
            return true;
        }
        if (regex.length() < 4 || regex.charAt(0) != '[' || !regex.endsWith("]+")) {
            return false;
        }
        String members = regex.substring(1, regex.length() - 2);
        if (members.isEmpty() || members.charAt(0) == '^') {
            return false;
        }
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (c == '[' || c == ']' || c == '\\' || c == '/') {
                return false;
            }
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                char last = members.charAt(i + 2);
                if (c <= '/' && '/' <= last || last == '[' || last == ']' || last == '\\') {
                    return false; // a range that takes in '/'
                }
                i += 2;
            }
        }
        return true;
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

    private static void encodeLiteral(String text, StringBuilder encoded) {
        for (int i = 0; i < text.length(); i++) {
            encoded.append(encodeLiteral(text.charAt(i)));
        }
    }

    /** Percent-encodes a literal template character that may not appear as-is in a path. */
    public static String encodeLiteral(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        StringBuilder encoded = new StringBuilder(9);
        PercentEncoding.appendEncoded(c, encoded);
        return encoded.toString();
    }
}
