package dev.restallow.internal.route;

import java.util.BitSet;

/**
 * Builds the route template of one lookup from the templates it follows, such as
 * {@code /books/{id}/loans}. Once the walk comes back to a resource it has already passed (a
 * locator that returns its own class, or a cycle of locators), the rest of the route is written as
 * one {@code /**}: a route template names a route of the model, never the depth of a request path.
 * Used for one lookup, by one thread.
 */
final class RouteTemplate implements RouteTable.Walker {

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
    @Override
    public void follow(int resource, PathTemplate template) {
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
        appendSegments(template);
    }

    /**
     * Appends a template's text without its leading and trailing slashes, after a '/', and with
     * each variable's regular expression left out ({@code {id: [0-9]+}} is {@code {id}}), as
     * Quarkus and Micrometer write route templates.
     */
    private void appendSegments(PathTemplate template) {
        int start = text.length();
        for (TemplateParts.Part part : template.parts().parts()) {
            if (part instanceof TemplateParts.Variable variable) {
                text.append('{').append(variable.name()).append('}');
            } else {
                text.append(((TemplateParts.Literal) part).text());
            }
        }
        while (text.length() > start && text.charAt(text.length() - 1) == '/') {
            text.setLength(text.length() - 1);
        }
    }

    @Override
    public String toString() {
        return text.length() == 0 ? "/" : text.toString();
    }
}
