package dev.restallow.internal.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An immutable, canonically ordered set of HTTP methods as it goes into an {@code Allow} header:
 * GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then any other method alphabetically.
 */
public record AllowedMethods(List<String> methods) {

    private static final List<String> STANDARD_ORDER =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    static final Comparator<String> CANONICAL_ORDER = Comparator
            .comparingInt(AllowedMethods::standardRank)
            .thenComparing(Comparator.naturalOrder());

    public AllowedMethods {
        methods = List.copyOf(methods);
    }

    /** The methods exactly as given, de-duplicated and ordered; nothing is added. */
    public static AllowedMethods exactly(Collection<String> declared) {
        TreeSet<String> sorted = new TreeSet<>(CANONICAL_ORDER);
        for (String method : declared) {
            String trimmed = method.trim();
            if (!trimmed.isEmpty()) {
                sorted.add(trimmed);
            }
        }
        return new AllowedMethods(new ArrayList<>(sorted));
    }

    /**
     * The methods a resource answers given the methods it declares: HEAD where GET is declared
     * (Jakarta REST §3.3.5, RFC 9110 §9.3.2) and OPTIONS always (automatic OPTIONS).
     */
    public static AllowedMethods impliedBy(Collection<String> declared) {
        TreeSet<String> sorted = new TreeSet<>(CANONICAL_ORDER);
        sorted.addAll(exactly(declared).methods);
        if (sorted.contains("GET")) {
            sorted.add("HEAD");
        }
        sorted.add("OPTIONS");
        return new AllowedMethods(new ArrayList<>(sorted));
    }

    /**
     * Parses {@code Allow} header values as runtimes send them: one comma-joined line, or one
     * value per method (CXF), in any order.
     */
    public static List<String> parseHeaderValues(Collection<?> values) {
        List<String> methods = new ArrayList<>();
        if (values == null) {
            return methods;
        }
        for (Object value : values) {
            if (value instanceof Collection<?> nested) {
                methods.addAll(parseHeaderValues(nested));
                continue;
            }
            if (value == null) {
                continue;
            }
            for (String part : value.toString().split(",")) {
                String method = part.trim();
                if (!method.isEmpty()) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    /** These methods but {@code refused}. */
    public AllowedMethods without(String refused) {
        if (refused == null || !methods.contains(refused)) {
            return this;
        }
        List<String> remaining = new ArrayList<>(methods);
        remaining.remove(refused);
        return new AllowedMethods(remaining);
    }

    public boolean contains(String method) {
        return methods.contains(method);
    }

    public String headerValue() {
        return String.join(", ", methods);
    }

    private static int standardRank(String method) {
        int rank = STANDARD_ORDER.indexOf(method.toUpperCase(Locale.ROOT));
        return rank < 0 ? STANDARD_ORDER.size() : rank;
    }

    @Override
    public String toString() {
        return headerValue();
    }
}
