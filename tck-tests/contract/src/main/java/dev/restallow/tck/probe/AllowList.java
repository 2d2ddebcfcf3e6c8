package dev.restallow.tck.probe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The methods an {@code Allow} header must name, in the contract's canonical order. */
final class AllowList {

    /** The standard methods, in canonical order; other methods follow alphabetically. */
    static final List<String> STANDARD = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final Comparator<String> CANONICAL = Comparator
            .comparingInt((String method) -> STANDARD.contains(method) ? STANDARD.indexOf(method) : STANDARD.size())
            .thenComparing(Comparator.naturalOrder());

    private AllowList() {
    }

    /** The declared methods, HEAD where GET is, and OPTIONS, in canonical order. */
    static List<String> of(Collection<String> declared) {
        Set<String> methods = new TreeSet<>(CANONICAL);
        methods.addAll(declared);
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return List.copyOf(new ArrayList<>(methods));
    }

    static String header(List<String> methods) {
        return String.join(", ", methods);
    }
}
