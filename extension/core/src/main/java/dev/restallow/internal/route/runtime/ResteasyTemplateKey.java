package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.TemplateParts;

/**
 * How RESTEasy 6.2 ranks a template (org.jboss.resteasy.core.registry.Expression#compareTo): more
 * literal characters, then more variables with a regular expression. It never counts variables
 * (numCapturingGroups is never set). Literal characters are those of the template without one
 * leading and one trailing '/' (RootNode#addExpression, RootClassNode#addInvoker). Among equal
 * expressions the one stored deeper in the literal-segment tree comes first (SegmentNode#potentials
 * and ClassNode#potentials add a child's expressions before their own), then registration order.
 *
 * @param depth the complete literal segments before the first variable, or all segments of a
 *     template without variables: the depth of the tree node that holds the expression
 */
public record ResteasyTemplateKey(int literalCharacters, int regexVariables, int depth) {

    static ResteasyTemplateKey of(String template) {
        String path = template == null ? "" : template;
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        TemplateParts parts = TemplateParts.of(path);
        return new ResteasyTemplateKey(parts.literalCharacters(), parts.regexVariables(), depth(path));
    }

    private static int depth(String path) {
        if (path.isEmpty()) {
            return 0;
        }
        int variable = path.indexOf('{');
        if (variable < 0) {
            return path.split("/").length;
        }
        int segmentStart = path.lastIndexOf('/', variable) + 1;
        return segmentStart == 0 ? 0 : path.substring(0, segmentStart - 1).split("/").length;
    }

    /** Expression#compareTo: the order RESTEasy sorts by before kind (methods before locators) and tree depth. */
    int compareExpression(ResteasyTemplateKey other) {
        if (literalCharacters != other.literalCharacters) {
            return literalCharacters > other.literalCharacters ? -1 : 1;
        }
        return Integer.compare(other.regexVariables, regexVariables);
    }
}
