package dev.restallow.tck.probe;

import dev.restallow.tck.probe.ResourceNode.Locator;
import dev.restallow.tck.probe.ResourceNode.SubResourceMethods;
import dev.restallow.tck.probe.ResourceScanner.RootResources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's routes as its resource classes declare them, and the request matching of
 * Jakarta REST §3.7.2 over them (path first: root class, then sub-resource method or locator,
 * recursively), which says which methods a concrete path offers.
 */
final class RouteModel {

    /** A path template some methods are declared at, reached from a root class. */
    record Route(PathTemplate path) {
    }

    /** A locator whose declared return type does not name the class the runtime will use. */
    record OpaqueLocator(PathTemplate path, String declaredReturnType) {
    }

    private final Map<String, RootResources> roots;

    private RouteModel(Map<String, RootResources> roots) {
        this.roots = roots;
    }

    static RouteModel of(Iterable<Class<?>> resourceClasses) {
        return new RouteModel(ResourceScanner.scan(resourceClasses));
    }

    /** Every template with declared methods, locators followed; a locator back into its own chain is not followed. */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RootResources root : roots.values()) {
            for (ResourceNode node : root.nodes()) {
                collect(node, root.path(), new HashSet<>(Set.of(node.type)), routes, new ArrayList<>());
            }
        }
        return routes;
    }

    /** The locators below which the model cannot see. */
    List<OpaqueLocator> opaqueLocators() {
        List<OpaqueLocator> opaque = new ArrayList<>();
        for (RootResources root : roots.values()) {
            for (ResourceNode node : root.nodes()) {
                collect(node, root.path(), new HashSet<>(Set.of(node.type)), new ArrayList<>(), opaque);
            }
        }
        return opaque;
    }

    private static void collect(ResourceNode node, PathTemplate at, Set<Class<?>> chain, List<Route> routes,
            List<OpaqueLocator> opaque) {
        if (!node.ownMethods.isEmpty()) {
            routes.add(new Route(at));
        }
        for (SubResourceMethods group : node.subResourceMethods.values()) {
            routes.add(new Route(group.path().under(at)));
        }
        for (Locator locator : node.locators) {
            PathTemplate below = locator.path().under(at);
            if (locator.target() == null) {
                opaque.add(new OpaqueLocator(below, locator.declaredReturnType()));
            } else if (chain.add(locator.target().type)) {
                collect(locator.target(), below, chain, routes, opaque);
                chain.remove(locator.target().type);
            }
        }
    }

    /** Every method any resource declares that is not one of the seven standard ones (custom verbs). */
    Set<String> customMethods() {
        Set<String> custom = new TreeSet<>();
        Set<ResourceNode> seen = new HashSet<>();
        for (RootResources root : roots.values()) {
            root.nodes().forEach(node -> customMethods(node, seen, custom));
        }
        return custom;
    }

    private static void customMethods(ResourceNode node, Set<ResourceNode> seen, Set<String> custom) {
        if (!seen.add(node)) {
            return;
        }
        node.ownMethods.stream().filter(m -> !AllowList.STANDARD.contains(m)).forEach(custom::add);
        node.subResourceMethods.values().forEach(group ->
                group.methods().stream().filter(m -> !AllowList.STANDARD.contains(m)).forEach(custom::add));
        node.locators.stream().filter(l -> l.target() != null).forEach(l -> customMethods(l.target(), seen, custom));
    }

    /**
     * The methods declared at the resource that §3.7.2 selects for {@code path} (decoded, starting
     * with '/'); empty when no resource matches or the path leads below an opaque locator.
     */
    Optional<Set<String>> declaredMethodsAt(String path) {
        RootResources winner = null;
        String remainder = null;
        for (RootResources root : sortedRoots()) {
            Matcher matcher = Pattern.compile(root.path().regex() + "(?<rest>/.*)?").matcher(path);
            if (matcher.matches()) {
                winner = root;
                remainder = matcher.group("rest");
                break;
            }
        }
        return winner == null ? Optional.empty() : declaredMethodsBelow(winner.nodes(), remainder);
    }

    private List<RootResources> sortedRoots() {
        return roots.values().stream().sorted(Comparator.comparing(RootResources::path, TEMPLATE_ORDER)).toList();
    }

    private static Optional<Set<String>> declaredMethodsBelow(List<ResourceNode> nodes, String remainder) {
        if (remainder == null || remainder.equals("/")) {
            Set<String> own = new LinkedHashSet<>();
            nodes.forEach(node -> own.addAll(node.ownMethods));
            return own.isEmpty() ? Optional.empty() : Optional.of(own);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ResourceNode node : nodes) {
            for (SubResourceMethods group : node.subResourceMethods.values()) {
                Matcher matcher = Pattern.compile(group.path().regex() + "(/)?").matcher(remainder);
                if (matcher.matches()) {
                    candidates.add(new Candidate(group.path(), group.methods(), null, null));
                }
            }
            for (Locator locator : node.locators) {
                Matcher matcher = Pattern.compile(locator.path().regex() + "(?<rest>/.*)?").matcher(remainder);
                if (matcher.matches()) {
                    candidates.add(new Candidate(locator.path(), null, locator, matcher.group("rest")));
                }
            }
        }
        // §3.7.2 step 2: literal characters, then variables, then regex variables; a sub-resource method before a locator
        Optional<Candidate> best = candidates.stream().min(Comparator.comparing(Candidate::path, TEMPLATE_ORDER)
                .thenComparing(candidate -> candidate.locator() != null));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Candidate winner = best.get();
        if (winner.locator() == null) {
            Set<String> methods = new LinkedHashSet<>();
            candidates.stream().filter(c -> c.locator() == null && c.path().regex().equals(winner.path().regex()))
                    .forEach(c -> methods.addAll(c.methods()));
            return Optional.of(methods);
        }
        return winner.locator().target() == null ? Optional.empty()
                : declaredMethodsBelow(List.of(winner.locator().target()), winner.rest());
    }

    private record Candidate(PathTemplate path, Set<String> methods, Locator locator, String rest) {
    }

    private static final Comparator<PathTemplate> TEMPLATE_ORDER = Comparator
            .comparingInt(PathTemplate::literalCharacters).reversed()
            .thenComparing(Comparator.comparingInt(PathTemplate::variables).reversed())
            .thenComparing(Comparator.comparingInt(PathTemplate::regexVariables).reversed());
}
