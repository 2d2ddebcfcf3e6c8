package dev.restallow.internal.body;

/**
 * One well-formed range of an {@code Accept} header: {@code type/subtype} in lower case, each part
 * an RFC 9110 token or {@code *}, without parameters, and its quality.
 */
public record MediaRange(String type, double quality) {

    public boolean isWildcard() {
        return type.indexOf('*') >= 0;
    }

    /** 3 for {@code type/subtype}, 2 for {@code type/*}, 1 for {@code *}{@code /*}. */
    int specificity() {
        if (type.equals("*/*")) {
            return 1;
        }
        return type.endsWith("/*") ? 2 : 3;
    }

    /** Whether {@code text/plain} is what this range asks for by name or as {@code text/*}. */
    public boolean asksForPlainText() {
        return type.equals("text/plain") || type.equals("text/*");
    }
}
