package dev.restallow;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Builds the {@link RouteTable} from root resource classes: walks every class, its sub-resource
 * methods and the return types of its locators, recursively and cycle-safe.
 */
final class RouteTableBuilder {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final List<ResourceNode> nodes = new ArrayList<>();
    private final Map<Class<?>, Integer> nodeIndex = new HashMap<>();
    private final Set<String> implementedMethods = new HashSet<>();
    private final List<String> opaqueLocators = new ArrayList<>();

    private RouteTableBuilder() {
    }

    /** Builds the model of the given root resource classes (classes without {@code @Path} are skipped). */
    static RouteTable build(Collection<Class<?>> rootClasses) {
        return new RouteTableBuilder().buildTable(rootClasses);
    }

    private RouteTable buildTable(Collection<Class<?>> rootClasses) {
        Map<String, List<ResourceClassShape>> byTemplate = new LinkedHashMap<>();
        Map<String, PathTemplate> templates = new HashMap<>();
        for (Class<?> rootClass : rootClasses) {
            Path path = ResourceClassScanner.rootPath(rootClass);
            if (path == null) {
                continue;
            }
            PathTemplate template = PathTemplate.parse(path.value());
            templates.putIfAbsent(template.regex(), template);
            byTemplate.computeIfAbsent(template.regex(), r -> new ArrayList<>())
                    .add(ResourceClassScanner.scan(rootClass));
        }
        TemplateIndex.Builder<Integer> roots = TemplateIndex.builder();
        byTemplate.forEach((regex, shapes) -> roots.add(templates.get(regex), addNode(shapes)));
        if (!implementedMethods.isEmpty()) {
            implementedMethods.add("OPTIONS");
        }
        if (implementedMethods.contains("GET")) {
            implementedMethods.add("HEAD");
        }
        for (String locator : opaqueLocators) {
            LOG.info(() -> "rest-allow: the sub-resource locator " + locator + " does not declare which class"
                    + " answers (Object, Class, an interface or an abstract type); requests below it keep"
                    + " the runtime's own Allow and OPTIONS");
        }
        return new RouteTable(nodes, roots.build(), implementedMethods);
    }

    /** The node of a locator target, shared by every locator that returns the class (cycle-safe). */
    private int nodeOf(Class<?> type) {
        Integer known = nodeIndex.get(type);
        if (known != null) {
            return known;
        }
        return addNode(List.of(ResourceClassScanner.scan(type)));
    }

    private int addNode(List<ResourceClassShape> shapes) {
        int id = nodes.size();
        nodes.add(null); // reserved, so that a locator cycle back to this class finds the id
        if (shapes.size() == 1) {
            nodeIndex.put(shapes.get(0).resourceClass(), id);
        }
        Set<String> resourceMethods = new HashSet<>();
        Map<String, PathTemplate> templates = new LinkedHashMap<>();
        Map<String, Set<String>> subMethods = new HashMap<>();
        Map<String, ResourceClassShape.Locator> locators = new HashMap<>();
        for (ResourceClassShape shape : shapes) {
            resourceMethods.addAll(shape.resourceMethods());
            for (ResourceClassShape.SubResourceMethod method : shape.subResourceMethods()) {
                templates.putIfAbsent(method.template().regex(), method.template());
                subMethods.computeIfAbsent(method.template().regex(), r -> new HashSet<>()).add(method.httpMethod());
            }
            for (ResourceClassShape.Locator locator : shape.locators()) {
                templates.putIfAbsent(locator.template().regex(), locator.template());
                locators.putIfAbsent(locator.template().regex(), locator);
            }
        }
        implementedMethods.addAll(resourceMethods);
        subMethods.values().forEach(implementedMethods::addAll);

        TemplateIndex.Builder<ResourceNode.SubRoute> subRoutes = TemplateIndex.builder();
        templates.forEach((regex, template) -> {
            ResourceClassShape.Locator locator = locators.get(regex);
            int target = ResourceNode.NO_LOCATOR;
            String locatorName = null;
            if (locator != null) {
                locatorName = locator.method().getDeclaringClass().getName() + "#" + locator.method().getName();
                if (locator.target() == null) {
                    target = ResourceNode.OPAQUE;
                    opaqueLocators.add(locatorName);
                } else {
                    target = nodeOf(locator.target());
                }
            }
            subRoutes.add(template, new ResourceNode.SubRoute(subMethods.getOrDefault(regex, Set.of()), target, locatorName));
        });
        nodes.set(id, new ResourceNode(resourceMethods, subRoutes.build()));
        return id;
    }
}
