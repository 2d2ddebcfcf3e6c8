package dev.restallow.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated resource model: root classes with their resource methods, sub-resource methods and
 * sub-resource locators, whose targets are classes of the same kind (without {@code @Path}).
 *
 * @param roots the root resource classes
 */
record FuzzModel(List<ResourceClass> roots) {

    FuzzModel {
        roots = List.copyOf(roots);
    }

    /**
     * One class to generate.
     *
     * @param name simple class name, unique in the model
     * @param path the class's {@code @Path}, null for a locator target
     * @param members its methods in declaration order
     */
    record ResourceClass(String name, String path, List<Member> members) {

        ResourceClass {
            members = List.copyOf(members);
        }
    }

    /**
     * One method of a generated class: a resource method ({@code verb} set, {@code path} null), a
     * sub-resource method (both set) or a sub-resource locator ({@code verb} null, {@code target} set).
     *
     * @param consumes the {@code @Consumes} media type or null
     * @param produces the {@code @Produces} media type or null
     * @param noContent whether the method returns void (204) rather than a fixed string
     */
    record Member(String verb, String path, String consumes, String produces, boolean noContent, ResourceClass target) {

        boolean isLocator() {
            return verb == null;
        }
    }

    /** Every class of the model, roots first, then locator targets depth-first. */
    List<ResourceClass> allClasses() {
        List<ResourceClass> all = new ArrayList<>();
        roots.forEach(root -> collect(root, all));
        return all;
    }

    private static void collect(ResourceClass resourceClass, List<ResourceClass> all) {
        all.add(resourceClass);
        for (Member member : resourceClass.members()) {
            if (member.isLocator()) {
                collect(member.target(), all);
            }
        }
    }

    /** Every HTTP method some class declares. */
    Set<String> declaredVerbs() {
        Set<String> verbs = new TreeSet<>();
        for (ResourceClass resourceClass : allClasses()) {
            for (Member member : resourceClass.members()) {
                if (!member.isLocator()) {
                    verbs.add(member.verb());
                }
            }
        }
        return verbs;
    }

    /** The model as readable text: one line per class and per method. */
    String describe() {
        StringBuilder text = new StringBuilder();
        roots.forEach(root -> describe(root, "", text));
        return text.toString();
    }

    private static void describe(ResourceClass resourceClass, String indent, StringBuilder text) {
        text.append(indent).append("class ").append(resourceClass.name());
        if (resourceClass.path() != null) {
            text.append(" @Path(\"").append(resourceClass.path()).append("\")");
        }
        text.append('\n');
        for (Member member : resourceClass.members()) {
            text.append(indent).append("  ");
            text.append(member.isLocator() ? "locator" : "@" + member.verb());
            if (member.path() != null) {
                text.append(" @Path(\"").append(member.path()).append("\")");
            }
            if (member.consumes() != null) {
                text.append(" @Consumes(").append(member.consumes()).append(')');
            }
            if (member.produces() != null) {
                text.append(" @Produces(").append(member.produces()).append(')');
            }
            if (!member.isLocator()) {
                text.append(member.noContent() ? " -> 204" : " -> String");
            }
            text.append('\n');
            if (member.isLocator()) {
                describe(member.target(), indent + "    ", text);
            }
        }
    }
}
