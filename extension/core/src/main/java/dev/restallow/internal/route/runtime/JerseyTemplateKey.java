package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.TemplateParts;
import java.util.Comparator;

/**
 * How Jersey 3.1 ranks a template within one routing level (RuntimeResource.COMPARATOR over
 * PathPattern.COMPARATOR / UriTemplate.COMPARATOR): more literal characters, then more variables,
 * then more variables with a regular expression, then (between sub-resources) those without a
 * locator first, then the regular expression in <em>descending</em> string order. Jersey counts
 * the literal characters of the template as written with a leading '/' added, a trailing '/'
 * included (UriTemplateParser), and builds the tie-breaking regex from the template without the
 * trailing '/' (RuntimeResourceModel#getRuntimeResources), escaping regex characters with '\'.
 * A variable whose regular expression has a ',' (such as {@code [a-z]{1,3}}) is parsed by
 * UriTemplateParser as a list of variables: it does not count as a variable with a regular
 * expression, and its group is doubled ({@code (([a-z]{1,3}))}), which moves it in the tie order.
 *
 * @param empty the empty template (Jersey's OPEN_ROOT_PATH_PATTERN), ranked last
 */
public record JerseyTemplateKey(boolean empty, int literalCharacters, int variables, int regexVariables, String regex) {

    private static final String RESERVED = ".^&!?-:<([$=)],>*+|";

    /** The order of the first three keys and the regex; the locator key sits between them ({@link #compareWithLocators}). */
    private static final Comparator<JerseyTemplateKey> PATTERN_ORDER = Comparator
            .comparing(JerseyTemplateKey::empty)
            .thenComparing(Comparator.comparingInt(JerseyTemplateKey::literalCharacters).reversed())
            .thenComparing(Comparator.comparingInt(JerseyTemplateKey::variables).reversed())
            .thenComparing(Comparator.comparingInt(JerseyTemplateKey::regexVariables).reversed());

    static JerseyTemplateKey of(String template) {
        if (template == null || template.isEmpty()) {
            return new JerseyTemplateKey(true, 0, 0, 0, "");
        }
        String withSlash = template.startsWith("/") ? template : "/" + template;
        TemplateParts parts = TemplateParts.of(withSlash);
        String grouped = template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
        return new JerseyTemplateKey(false, parts.literalCharacters(), parts.variables(), countedRegexes(parts),
                regex(TemplateParts.of(grouped.startsWith("/") ? grouped : "/" + grouped)));
    }

    /**
     * Jersey's order of two sub-resources of one level (or two root resources, {@code hasLocator}
     * false for both).
     */
    static int compareWithLocators(JerseyTemplateKey a, boolean aHasLocator, JerseyTemplateKey b, boolean bHasLocator) {
        int order = PATTERN_ORDER.compare(a, b);
        if (order != 0) {
            return order;
        }
        if (aHasLocator != bHasLocator) {
            return aHasLocator ? 1 : -1;
        }
        return b.regex.compareTo(a.regex);
    }

    /** UriTemplateParser counts a regex only where it sees a single variable: a ',' in the regex makes it a list. */
    private static int countedRegexes(TemplateParts parts) {
        int count = 0;
        for (TemplateParts.Part part : parts.parts()) {
            if (part instanceof TemplateParts.Variable variable && variable.regex() != null && !isList(variable)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isList(TemplateParts.Variable variable) {
        return variable.regex() != null && variable.regex().indexOf(',') >= 0;
    }

    private static String regex(TemplateParts parts) {
        StringBuilder regex = new StringBuilder();
        for (TemplateParts.Part part : parts.parts()) {
            if (part instanceof TemplateParts.Literal literal) {
                for (int i = 0; i < literal.text().length(); i++) {
                    for (char c : PathTemplate.encodeLiteral(literal.text().charAt(i)).toCharArray()) {
                        if (RESERVED.indexOf(c) >= 0) {
                            regex.append('\\');
                        }
                        regex.append(c);
                    }
                }
            } else if (part instanceof TemplateParts.Variable variable) {
                String group = variable.regex() == null ? "[^/]+" : variable.regex();
                regex.append('(').append(isList(variable) ? "(" + group + ")" : group).append(')');
            }
        }
        return regex.toString();
    }
}
