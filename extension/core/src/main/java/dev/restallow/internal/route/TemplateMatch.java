package dev.restallow.internal.route;

import java.util.ArrayList;
import java.util.List;

/**
 * A template of an index that matches a path, with what is left of the path after it.
 *
 * @param rest the final capturing group: "" or a rest that starts with '/'
 */
public record TemplateMatch<T>(TemplateIndex.Entry<T> entry, String rest) {

    /** Every template of the index that matches the path, in no particular order. */
    public static <T> List<TemplateMatch<T>> all(TemplateIndex<T> index, String path) {
        List<TemplateMatch<T>> matches = new ArrayList<>();
        for (TemplateIndex.Entry<T> entry : index.matchCandidates(path)) {
            String rest = entry.match(path);
            if (rest != null) {
                matches.add(new TemplateMatch<>(entry, rest));
            }
        }
        return matches;
    }

    public PathTemplate template() {
        return entry.template();
    }

    public T value() {
        return entry.value();
    }
}
