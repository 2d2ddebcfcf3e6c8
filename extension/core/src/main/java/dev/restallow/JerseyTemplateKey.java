package dev.restallow;

import java.util.Comparator;

/**
 * How Jersey 3.1 ranks a template within one routing level (RuntimeResource.COMPARATOR over
 * PathPattern.COMPARATOR / UriTemplate.COMPARATOR): more literal characters, then more variables,
 * then more variables with a regular expression, then (between sub-resources) those without a
 * locator first, then the regular expression in <em>descending</em> string order. Jersey counts
 * the literal characters of the template as written with a leading '/' added, a trailing '/'
 * included (UriTemplateParser), and builds the tie-breaking regex from the template without the
 * trailing '/' (RuntimeResourceModel#getRuntimeResources), escaping regex characters with '\'.
 *
 * @param empty the empty template (Jersey's OPEN_ROOT_PATH_PATTERN), ranked last
 */
record JerseyTemplateKey(boolean empty, int literalCharacters, int variables, int regexVariables, String regex) {

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
        return new JerseyTemplateKey(false, parts.literalCharacters(), parts.variables(), parts.regexVariables(),
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
                regex.append('(').append(variable.regex() == null ? "[^/]+" : variable.regex()).append(')');
            }
        }
        return regex.toString();
    }
}
