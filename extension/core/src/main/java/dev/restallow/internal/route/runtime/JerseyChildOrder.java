package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.ResourceNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Jersey 3.1's order of the sub-resources of one class that share a template but are written
 * differently ({@code {a: .+}} and {@code {b: .+}}): Resource.Builder#mergeResources keys the
 * class's sub-resources by their {@code @Path} value in a HashMap (default capacity), so they
 * come in the order of its buckets, and within a bucket the sub-resource methods' paths before the
 * locators' (IntrospectionModeller adds them first). Jersey adds its automatic OPTIONS to such a
 * group only if the first of them has methods (ModelProcessorUtil#enhanceResource).
 */
final class JerseyChildOrder {

    private final int capacity;

    private JerseyChildOrder(int capacity) {
        this.capacity = capacity;
    }

    /** The order of a class's sub-resources, or null where the node joins several classes. */
    static JerseyChildOrder of(ResourceNode node) {
        Set<String> paths = new HashSet<>();
        boolean[] known = {true};
        node.subRoutes().forEachEntry(entry -> {
            ResourceNode.WrittenPaths written = entry.value().written();
            if (written == null) {
                known[0] = false;
                return;
            }
            paths.addAll(written.methodPaths());
            if (written.locatorPath() != null) {
                paths.add(written.locatorPath());
            }
        });
        paths.remove("");
        paths.remove("/");
        int capacity = 16;
        while (paths.size() > capacity * 3 / 4) {
            capacity *= 2;
        }
        return known[0] ? new JerseyChildOrder(capacity) : null;
    }

    /** Whether Jersey adds its automatic OPTIONS to the group of these paths (one closed route). */
    boolean addsOptions(ResourceNode.WrittenPaths group) {
        if (!group.locatorApart()) {
            return true;
        }
        int locatorBucket = bucket(group.locatorPath());
        for (String path : group.methodPaths()) {
            if (bucket(path) <= locatorBucket) {
                return true;
            }
        }
        return false;
    }

    private int bucket(String path) {
        int hash = path.hashCode();
        return (hash ^ (hash >>> 16)) & (capacity - 1);
    }
}
