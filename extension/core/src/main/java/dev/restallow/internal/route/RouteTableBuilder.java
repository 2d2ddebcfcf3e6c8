package dev.restallow.internal.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Builds the {@link RouteTable} from a {@link ResourceModel}: one node per root template (root
 * classes sharing a template share it) and per locator target class, shared by every locator that
 * returns the class, so that cycles stay finite.
 */
public final class RouteTableBuilder {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final Map<String, ResourceModel.ResourceClass> classes = new HashMap<>();
    private final List<ResourceNode> nodes = new ArrayList<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Set<String> implementedMethods = new HashSet<>();
    private final List<String> opaqueLocators = new ArrayList<>();

    private final RuntimeRouting.Rule rule;

    private RouteTableBuilder(RuntimeRouting.Rule rule) {
        this.rule = rule;
    }

    /** Builds the table of a model read ahead of time, by reflection or from an annotation index, for §3.7.2. */
    public static RouteTable build(ResourceModel model) {
        return build(model, RuntimeRouting.SPECIFICATION);
    }

    /**
     * Builds the table of a model for a runtime's selection rule. Root classes are kept in model
     * order, which is where a runtime that breaks ties by registration order (RESTEasy) needs it.
     */
    public static RouteTable build(ResourceModel model, RuntimeRouting.Rule rule) {
        return new RouteTableBuilder(rule).buildTable(model);
    }

    private RouteTable buildTable(ResourceModel model) {
        Map<String, List<ResourceModel.ResourceClass>> byTemplate = new LinkedHashMap<>();
        Map<String, PathTemplate> templates = new HashMap<>();
        for (ResourceModel.ResourceClass resourceClass : model.classes()) {
            classes.putIfAbsent(resourceClass.name(), resourceClass);
            if (resourceClass.path() == null) {
                continue;
            }
            PathTemplate template = PathTemplate.parse(resourceClass.path());
            templates.putIfAbsent(template.regex(), template);
            byTemplate.computeIfAbsent(template.regex(), r -> new ArrayList<>()).add(resourceClass);
        }
        TemplateIndex.Builder<Integer> roots = TemplateIndex.builder();
        byTemplate.forEach((regex, group) -> roots.add(templates.get(regex), addNode(group)));
        if (!implementedMethods.isEmpty()) {
            implementedMethods.add("OPTIONS");
        }
        if (implementedMethods.contains("GET")) {
            implementedMethods.add("HEAD");
        }
        for (String locator : opaqueLocators) {
            LOG.info(() -> "rest-allow: the sub-resource locator " + locator + " does not declare which class"
                    + " answers (it returns Object, Class, an interface or an abstract type, or it is built in code);"
                    + " requests below it keep"
                    + " the runtime's own Allow and OPTIONS");
        }
        return new RouteTable(nodes, roots.build(), implementedMethods, rule);
    }

    /** The node of a locator target, shared by every locator that returns the class (cycle-safe). */
    private int nodeOf(ResourceModel.ResourceClass target) {
        Integer known = nodeIndex.get(target.name());
        if (known != null) {
            return known;
        }
        return addNode(List.of(target));
    }

    private int addNode(List<ResourceModel.ResourceClass> group) {
        int id = nodes.size();
        nodes.add(null); // reserved, so that a locator cycle back to this class finds the id
        if (group.size() == 1) {
            nodeIndex.put(group.get(0).name(), id);
        }
        Set<String> resourceMethods = new HashSet<>();
        Map<String, PathTemplate> templates = new LinkedHashMap<>();
        Map<String, Set<String>> subMethods = new HashMap<>();
        Map<String, Set<String>> methodPaths = new HashMap<>();
        Map<String, ResourceModel.Locator> locators = new HashMap<>();
        for (ResourceModel.ResourceClass resourceClass : group) {
            resourceMethods.addAll(resourceClass.methods());
            for (ResourceModel.SubResourceMethod method : resourceClass.subResourceMethods()) {
                PathTemplate template = PathTemplate.parse(method.path());
                templates.putIfAbsent(template.regex(), template);
                subMethods.computeIfAbsent(template.regex(), r -> new HashSet<>()).add(method.method());
                methodPaths.computeIfAbsent(template.regex(), r -> new HashSet<>()).add(method.path());
            }
            Map<String, ResourceModel.Locator> ofThisClass = new HashMap<>();
            for (ResourceModel.Locator locator : resourceClass.locators()) {
                PathTemplate template = PathTemplate.parse(locator.path());
                templates.putIfAbsent(template.regex(), template);
                ofThisClass.putIfAbsent(template.regex(), locator);
            }
            ofThisClass.forEach(rule.followsTheLastOfEqualLocators() ? locators::put : locators::putIfAbsent);
        }
        implementedMethods.addAll(resourceMethods);
        subMethods.values().forEach(implementedMethods::addAll);

        TemplateIndex.Builder<ResourceNode.SubRoute> subRoutes = TemplateIndex.builder();
        templates.forEach((regex, template) -> {
            ResourceModel.Locator locator = locators.get(regex);
            int target = ResourceNode.NO_LOCATOR;
            String locatorName = null;
            if (locator != null) {
                locatorName = locator.name();
                ResourceModel.ResourceClass targetClass = locator.target() == null ? null : classes.get(locator.target());
                if (targetClass == null) {
                    target = ResourceNode.OPAQUE;
                    opaqueLocators.add(locatorName);
                } else {
                    target = nodeOf(targetClass);
                }
            }
            // the @Path values as written, where they are ordered as one class's (else their order is unknown)
            ResourceNode.WrittenPaths written = !subRoutesFromOneClass(group) ? null : new ResourceNode.WrittenPaths(
                    methodPaths.getOrDefault(regex, Set.of()), locator == null ? null : locator.path());
            subRoutes.add(template, new ResourceNode.SubRoute(subMethods.getOrDefault(regex, Set.of()), target, locatorName,
                    written));
        });
        nodes.set(id, new ResourceNode(resourceMethods, subRoutes.build()));
        return id;
    }

    /**
     * Whether the sub-resources of a node are ordered as one class's: one class has them all, or the classes
     * share their {@code @Path} as written (Jersey merges them into one resource).
     */
    private static boolean subRoutesFromOneClass(List<ResourceModel.ResourceClass> group) {
        int classes = 0;
        Set<String> paths = new HashSet<>();
        for (ResourceModel.ResourceClass resourceClass : group) {
            paths.add(String.valueOf(resourceClass.path()));
            if (!resourceClass.subResourceMethods().isEmpty() || !resourceClass.locators().isEmpty()) {
                classes++;
            }
        }
        return classes <= 1 || paths.size() == 1;
    }
}
