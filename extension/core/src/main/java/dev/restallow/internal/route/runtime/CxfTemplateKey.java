package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.TemplateParts;
import java.util.Comparator;

/**
 * How Apache CXF 4.2 ranks a template (URITemplate#compareTemplates): more literal characters,
 * then more variables, then more variables with a regular expression, then the template's regex in
 * ascending string order. CXF adds a leading '/' (URITemplate#createTemplate; a resource method
 * without {@code @Path} has "/"), counts literal characters after escaping {@code .*+$()} with '\'
 * (so "x.y" counts 5 with its slash) and keeps a trailing '/' in the count but not in the regex.
 */
public record CxfTemplateKey(int literalCharacters, int variables, int regexVariables, String pattern) {

    private static final String ESCAPED = ".*+$()";

    static final Comparator<CxfTemplateKey> ORDER = Comparator
            .comparingInt(CxfTemplateKey::literalCharacters).reversed()
            .thenComparing(Comparator.comparingInt(CxfTemplateKey::variables).reversed())
            .thenComparing(Comparator.comparingInt(CxfTemplateKey::regexVariables).reversed())
            .thenComparing(CxfTemplateKey::pattern);

    /** The template of resource methods: "/". */
    static final CxfTemplateKey RESOURCE_METHODS = of(null);

    static CxfTemplateKey of(String template) {
        String path = template == null ? "/" : template.startsWith("/") ? template : "/" + template;
        TemplateParts parts = TemplateParts.of(path);
        StringBuilder pattern = new StringBuilder();
        int literals = 0;
        for (TemplateParts.Part part : parts.parts()) {
            if (part instanceof TemplateParts.Literal literal) {
                StringBuilder escaped = new StringBuilder();
                for (int i = 0; i < literal.text().length(); i++) {
                    for (char c : PathTemplate.encodeLiteral(literal.text().charAt(i)).toCharArray()) {
                        if (ESCAPED.indexOf(c) >= 0) {
                            escaped.append('\\');
                        }
                        escaped.append(c);
                    }
                }
                literals += escaped.length();
                pattern.append(escaped);
            } else if (part instanceof TemplateParts.Variable variable) {
                String regex = variable.regex();
                if (regex == null) {
                    pattern.append("([^/]+?)");
                } else if (regex.startsWith("(") && regex.endsWith(")") && !regex.startsWith("(?")) {
                    pattern.append(regex);
                } else {
                    pattern.append('(').append(regex).append(')');
                }
            }
        }
        if (pattern.length() > 0 && pattern.charAt(pattern.length() - 1) == '/') {
            pattern.setLength(pattern.length() - 1);
        }
        pattern.append("(/.*)?");
        return new CxfTemplateKey(literals, parts.variables(), parts.regexVariables(), pattern.toString());
    }
}
