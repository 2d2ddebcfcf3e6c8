package dev.restallow.internal.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Path templates indexed by their leading segments, so that finding the templates that can
 * match a path walks the path's segments instead of scanning every template.
 *
 * <p>A template is stored at the trie node of its {@linkplain PathTemplate#indexSegments() index
 * segments}: complete literal segments, and segments that are one variable matching exactly one
 * path segment (an edge that any non-empty segment takes). {@link #matchCandidates} follows both
 * kinds of edge along the path and collects the entries of every node it reaches. Only those can
 * match: a template whose literal segments differ from the path's never does, and a one-segment
 * variable never matches an empty segment.
 */
public final class TemplateIndex<T> {

    public record Entry<T>(PathTemplate template, T value) {

        /** {@link PathTemplate#match}, without the regex for a template without variables. */
        String match(String path) {
            if (template.variables() != 0) {
                return template.match(path);
            }
            // R(T) is the quoted literal ("/" + its segments) followed by (/.*)?, '.' matching no line terminator
            int end = 0;
            for (String segment : template.literalSegments()) {
                if (end >= path.length() || path.charAt(end) != '/' || !path.startsWith(segment, end + 1)) {
                    return null;
                }
                end += 1 + segment.length();
            }
            if (end == path.length()) {
                return "";
            }
            if (path.charAt(end) != '/') {
                return null;
            }
            for (int i = end + 1; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return null;
                }
            }
            return path.substring(end);
        }
    }

    private final Node<T> root;

    private TemplateIndex(Node<T> root) {
        this.root = root;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The entries that can match the path: those whose index segments the path's leading
     * segments satisfy. The caller matches them.
     */
    public List<Entry<T>> matchCandidates(String path) {
        return collect(root, path, path.startsWith("/") ? 1 : 0, List.of());
    }

    /**
     * Deeper entries first: they tend to have more literal characters, so that a caller keeping
     * the best template in the §3.7.2 order can skip the shallower ones without matching them.
     */
    private static <T> List<Entry<T>> collect(Node<T> node, String path, int start, List<Entry<T>> found) {
        if (start > path.length() || node.children.isEmpty() && node.variable == null) {
            return with(found, node.entries);
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        if (node.variable != null && end > start) {
            found = collect(node.variable, path, end + 1, found);
        }
        if (!node.children.isEmpty()) {
            Node<T> child = node.children.get(path, start, end);
            if (child != null) {
                found = collect(child, path, end + 1, found);
            }
        }
        return with(found, node.entries);
    }

    /** {@code found} plus {@code more}; the immutable lists of the nodes are handed out as they are when one suffices. */
    private static <T> List<Entry<T>> with(List<Entry<T>> found, List<Entry<T>> more) {
        if (more.isEmpty()) {
            return found;
        }
        if (found.isEmpty()) {
            return more;
        }
        List<Entry<T>> grown = found instanceof ArrayList<Entry<T>> own ? own : new ArrayList<>(found);
        grown.addAll(more);
        return grown;
    }

    /** Every entry of the index, in no particular order. */
    public void forEachEntry(Consumer<? super Entry<T>> action) {
        forEachEntry(root, action);
    }

    private static <T> void forEachEntry(Node<T> node, Consumer<? super Entry<T>> action) {
        node.entries.forEach(action);
        node.children.forEach(child -> forEachEntry(child, action));
        if (node.variable != null) {
            forEachEntry(node.variable, action);
        }
    }

    public boolean isEmpty() {
        return root.entries.isEmpty() && root.children.isEmpty() && root.variable == null;
    }

    /**
     * @param children the edges of complete literal segments
     * @param variable the edge of a one-segment variable, or null
     */
    private record Node<T>(List<Entry<T>> entries, Edges<T> children, Node<T> variable) {
    }

    /**
     * The literal edges of a node: an open-addressing table that is probed with a region of the
     * path, so that walking the index allocates no substring per segment.
     */
    private static final class Edges<T> {
        private static final Edges<?> NONE = new Edges<>(Map.of());

        private final String[] segments;
        private final Node<T>[] targets;

        @SuppressWarnings("unchecked")
        static <T> Edges<T> of(Map<String, Node<T>> children) {
            return children.isEmpty() ? (Edges<T>) NONE : new Edges<>(children);
        }

        @SuppressWarnings("unchecked")
        private Edges(Map<String, Node<T>> children) {
            int capacity = children.isEmpty() ? 0 : Integer.highestOneBit(children.size() * 2) * 2;
            segments = new String[capacity];
            targets = (Node<T>[]) new Node<?>[capacity];
            children.forEach((segment, node) -> {
                int i = spread(segment.hashCode()) & (capacity - 1);
                while (segments[i] != null) {
                    i = (i + 1) & (capacity - 1);
                }
                segments[i] = segment;
                targets[i] = node;
            });
        }

        /** The node under the segment {@code path[start, end)}, or null. */
        Node<T> get(String path, int start, int end) {
            if (segments.length == 0) {
                return null;
            }
            int hash = 0; // String#hashCode of the region
            for (int i = start; i < end; i++) {
                hash = 31 * hash + path.charAt(i);
            }
            int length = end - start;
            for (int i = spread(hash) & (segments.length - 1); segments[i] != null; i = (i + 1) & (segments.length - 1)) {
                if (segments[i].length() == length && path.regionMatches(start, segments[i], 0, length)) {
                    return targets[i];
                }
            }
            return null;
        }

        public boolean isEmpty() {
            return segments.length == 0;
        }

        void forEach(Consumer<Node<T>> action) {
            for (Node<T> target : targets) {
                if (target != null) {
                    action.accept(target);
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    public static final class Builder<T> {
        private final MutableNode<T> root = new MutableNode<>();

        public Builder<T> add(PathTemplate template, T value) {
            MutableNode<T> node = root;
            for (String segment : template.indexSegments()) {
                if (segment == null) {
                    if (node.variable == null) {
                        node.variable = new MutableNode<>();
                    }
                    node = node.variable;
                } else {
                    node = node.children.computeIfAbsent(segment, s -> new MutableNode<>());
                }
            }
            node.entries.add(new Entry<>(template, value));
            return this;
        }

        public TemplateIndex<T> build() {
            return new TemplateIndex<>(root.freeze());
        }
    }

    private static final class MutableNode<T> {
        final List<Entry<T>> entries = new ArrayList<>();
        final Map<String, MutableNode<T>> children = new HashMap<>();
        MutableNode<T> variable;

        Node<T> freeze() {
            Map<String, Node<T>> frozen = new HashMap<>();
            children.forEach((segment, child) -> frozen.put(segment, child.freeze()));
            Node<T> frozenVariable = variable == null ? null : variable.freeze();
            return new Node<>(List.copyOf(entries), Edges.of(frozen), frozenVariable);
        }
    }
}
