package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceNode;
import dev.restallow.internal.route.RoutingStep;
import dev.restallow.internal.route.RuntimeRouting;
import dev.restallow.internal.route.TemplateIndex;
import dev.restallow.internal.route.TemplateMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Jersey 3.1's resource selection. Each routing level (the root resources; the sub-resources of a
 * class) is an ordered list of routes ({@link JerseyTemplateKey}): per template, a closed route to
 * its resource or sub-resource methods, then an open route to its locator (for a root resource: to
 * its sub-resources). PathMatchingRouter#apply walks the routes that match the path: the first
 * closed route that declares the request method (HEAD: or GET; OPTIONS: every route, Jersey adds
 * it) serves; the first closed route that matched is kept as a candidate; an open route ends the
 * walk, taking the candidate if there is one (its 405), else going into the locator or class. At
 * the end the candidate gives its 405, and no candidate is a 404. A sub-resource locator's target
 * is routed the same way, its resource methods first (RuntimeModelBuilder#buildModel with
 * subResourceMode).
 *
 * <p>So a literal template does not hide a template that follows it for a method it lacks, unless
 * an open route comes between them: {@code @Path("shelves/new")} with GET only beside
 * {@code @Path("shelves/{id}")} with DELETE serves {@code DELETE shelves/new} from the template
 * class, but not once the literal class also has a sub-resource (its open route stops the walk,
 * eclipse-ee4j/jersey#3411).
 *
 * <p>Jersey groups the sub-resources of a class by their regex (RuntimeResourceModel), as the route
 * model does: templates that differ only in variable names make one resource. It adds its automatic
 * OPTIONS to such a group only if the first of its templates (in reflection order) has methods
 * (ModelProcessorUtil#enhanceResource): {@link JerseyChildOrder} tells which comes first. Where a
 * node joins several classes, that order is unknown and OPTIONS there is left to the runtime.
 */
final class JerseyRouting implements RuntimeRouting {

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Map<PathTemplate, JerseyTemplateKey> keys;
    /** Per node, the order of its sub-resources (null: several classes). */
    private final List<JerseyChildOrder> childOrders = new ArrayList<>();

    JerseyRouting(List<ResourceNode> nodes, TemplateIndex<Integer> roots) {
        this.nodes = nodes;
        this.roots = roots;
        this.keys = TemplateKeys.of(nodes, roots, JerseyTemplateKey::of);
        for (ResourceNode node : nodes) {
            childOrders.add(JerseyChildOrder.of(node));
        }
    }

    @Override
    public RoutingStep selectRoot(String path, String method) {
        List<TemplateMatch<Integer>> matches = TemplateMatch.all(roots, path);
        matches.sort(Comparator.comparing(TemplateMatch::template, this::compareRoots));
        boolean candidate = false;
        for (TemplateMatch<Integer> match : matches) {
            ResourceNode node = nodes.get(match.value());
            if (!node.resourceMethods().isEmpty() && RoutingStep.isEmptyRest(match.rest())) {
                RoutingStep served = RoutingStep.serve(node.resourceMethods(), method);
                if (served != null) {
                    return served;
                }
                candidate = true;
            }
            if (!node.subRoutes().isEmpty()) {
                return candidate ? refused(method) : new RoutingStep.Enter(match.value(), match.rest(), null);
            }
        }
        return candidate ? refused(method) : RoutingStep.NOT_FOUND;
    }

    @Override
    public RoutingStep selectInside(int id, String rest, String method) {
        ResourceNode node = nodes.get(id);
        if (!node.resourceMethods().isEmpty() && RoutingStep.isEmptyRest(rest)) {
            // the resource methods' route first, then the sub-resources' open route ends the walk
            RoutingStep served = RoutingStep.serve(node.resourceMethods(), method);
            return served != null ? served : RoutingStep.REFUSED;
        }
        List<TemplateMatch<ResourceNode.SubRoute>> matches = TemplateMatch.all(node.subRoutes(), rest);
        matches.sort(this::compareSubRoutes);
        boolean candidate = false;
        for (TemplateMatch<ResourceNode.SubRoute> match : matches) {
            ResourceNode.SubRoute route = match.value();
            if (!route.methods().isEmpty() && RoutingStep.isEmptyRest(match.rest())) {
                boolean undeclaredOptions = method.equals("OPTIONS") && !route.methods().contains(method)
                        && route.hasLocator();
                JerseyChildOrder order = childOrders.get(id);
                if (undeclaredOptions && order == null) {
                    return new RoutingStep.Enter(ResourceNode.OPAQUE, match.rest(),
                            "a Jersey resource joining several classes' locator and methods (automatic OPTIONS)");
                }
                RoutingStep served = undeclaredOptions && !order.addsOptions(route.written())
                        ? null : RoutingStep.serve(route.methods(), method);
                if (served != null) {
                    return served;
                }
                candidate = true;
            }
            if (route.hasLocator()) {
                return candidate ? refused(method)
                        : new RoutingStep.Enter(route.locatorTarget(), match.rest(), route.locatorName());
            }
        }
        return candidate ? refused(method) : RoutingStep.NOT_FOUND_INSIDE_RESOURCE_CLASS;
    }

    /** A 405: for OPTIONS, only where a group got no automatic OPTIONS ({@link JerseyChildOrder}). */
    private static RoutingStep refused(String method) {
        return method.equals("OPTIONS") ? RoutingStep.OPTIONS_REFUSED : RoutingStep.REFUSED;
    }

    private int compareRoots(PathTemplate a, PathTemplate b) {
        return JerseyTemplateKey.compareWithLocators(keys.get(a), false, keys.get(b), false);
    }

    private int compareSubRoutes(TemplateMatch<ResourceNode.SubRoute> a, TemplateMatch<ResourceNode.SubRoute> b) {
        return JerseyTemplateKey.compareWithLocators(keys.get(a.template()), a.value().hasLocator(),
                keys.get(b.template()), b.value().hasLocator());
    }
}
