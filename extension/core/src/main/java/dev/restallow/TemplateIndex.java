package dev.restallow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Path templates indexed by their leading literal segments, so that finding the templates that can
 * match a path walks the path's segments instead of scanning every template.
 *
 * <p>A template is stored at the trie node of its literal segments; a lookup collects the entries
 * of every node along the path. Only those can match: a template whose literal prefix differs
 * from the path never does.
 */
final class TemplateIndex<T> {

    record Entry<T>(PathTemplate template, T value) {
    }

    private final Node<T> root;

    private TemplateIndex(Node<T> root) {
        this.root = root;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The entries whose literal prefix the path starts with; the caller matches them. */
    List<Entry<T>> candidates(String path) {
        List<Entry<T>> found = new ArrayList<>(root.entries);
        Node<T> node = root;
        int start = path.startsWith("/") ? 1 : 0;
        while (node.children.size() > 0 && start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            node = node.children.get(path.substring(start, end));
            if (node == null) {
                break;
            }
            found.addAll(node.entries);
            start = end + 1;
        }
        return found;
    }

    boolean isEmpty() {
        return root.entries.isEmpty() && root.children.isEmpty();
    }

    private record Node<T>(List<Entry<T>> entries, Map<String, Node<T>> children) {
    }

    static final class Builder<T> {
        private final MutableNode<T> root = new MutableNode<>();

        Builder<T> add(PathTemplate template, T value) {
            MutableNode<T> node = root;
            for (String segment : template.literalSegments()) {
                node = node.children.computeIfAbsent(segment, s -> new MutableNode<>());
            }
            node.entries.add(new Entry<>(template, value));
            return this;
        }

        TemplateIndex<T> build() {
            return new TemplateIndex<>(root.freeze());
        }
    }

    private static final class MutableNode<T> {
        final List<Entry<T>> entries = new ArrayList<>();
        final Map<String, MutableNode<T>> children = new HashMap<>();

        Node<T> freeze() {
            Map<String, Node<T>> frozen = new HashMap<>();
            children.forEach((segment, child) -> frozen.put(segment, child.freeze()));
            return new Node<>(List.copyOf(entries), Map.copyOf(frozen));
        }
    }
}
