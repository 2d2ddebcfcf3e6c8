package dev.restallow.internal.route;

import java.util.BitSet;

/**
 * Builds the route template of one lookup from the templates it follows, such as
 * {@code /books/{id}/loans}. Once the walk comes back to a resource it has already passed (a
 * locator that returns its own class, or a cycle of locators), the rest of the route is written as
 * one {@code /**}: a route template names a route of the model, never the depth of a request path.
 * Used for one lookup, by one thread.
 */
final class RouteTemplate {

    private final StringBuilder text = new StringBuilder();
    private final BitSet passed;
    private boolean recursed;

    RouteTemplate(int resources) {
        this.passed = new BitSet(resources);
    }

    /**
     * Appends a template the lookup follows.
     *
     * @param resource the index of the resource the template leads to, or a negative value where it
     *     leads to no resource of the model (a sub-resource method, or a locator's opaque target)
     * @param template the {@code @Path} value followed
     */
    void follow(int resource, PathTemplate template) {
        if (recursed) {
            return;
        }
        if (resource >= 0 && passed.get(resource)) {
            recursed = true;
            text.append("/**");
            return;
        }
        if (resource >= 0) {
            passed.set(resource);
        }
        appendSegments(template.source());
    }

    /**
     * Appends a template's text without its leading and trailing slashes, after a '/', and with
     * each variable's regular expression left out ({@code {id: [0-9]+}} is {@code {id}}), as
     * Quarkus and Micrometer write route templates.
     */
    private void appendSegments(String source) {
        if (source == null) {
            return;
        }
        int start = 0;
        int end = source.length();
        while (start < end && source.charAt(start) == '/') {
            start++;
        }
        while (end > start && source.charAt(end - 1) == '/') {
            end--;
        }
        if (start == end) {
            return;
        }
        text.append('/');
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            int close = c == '{' ? PathTemplate.closingBrace(source, i) : -1;
            if (close < 0) {
                text.append(c);
                i++;
                continue;
            }
            int colon = source.indexOf(':', i);
            int nameEnd = colon >= 0 && colon < close ? colon : close;
            text.append('{').append(source.substring(i + 1, nameEnd).strip()).append('}');
            i = close + 1;
        }
    }

    @Override
    public String toString() {
        return text.length() == 0 ? "/" : text.toString();
    }
}
