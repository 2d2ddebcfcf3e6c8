package dev.restallow.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws random resource models from a seed. Paths come from small vocabularies so that classes
 * and methods collide often: literal, template and regex segments, shared prefixes, a root at
 * "/", and regexes that span segments. Half the models have overlapping templates (sibling
 * templates that can match one path: a literal and a template, two regexes, a regex that spans
 * segments, a root at "/"), where Jersey, RESTEasy and CXF each select their own way; the other
 * half keep sibling templates disjoint, with root classes that sometimes share a template. Within
 * one path group no two methods share a verb and no two locators share a template, which every
 * runtime rejects or resolves arbitrarily.
 */
final class ModelGenerator {

    static final int MAX_LOCATOR_DEPTH = 3;

    private static final String[] ROOT_PATHS = {
        "a", "a", "b", "a/b", "a/{%s}", "{%s}", "{%s: [0-9]+}", "a/{%s: [a-z]+}", "/", "items/", "/a/c",
        "{%s: a.*}", "b/{%s}/c",
    };
    private static final String[] SUB_PATHS = {
        "b", "c", "b", "{%s}", "{%s: [0-9]+}", "b/{%s}", "{%s}/c", "c/d", "/b/", "{%s: .+}", "{%s: [a-z]{1,3}}", "x.y",
    };
    /** Suffixes after a literal segment unique among siblings: no two sibling templates match one path. */
    private static final String[] DISJOINT_SUFFIXES = {
        "", "", "/{%s}", "/{%s: [0-9]+}", "/b", "/{%s}/c", "/{%s: [a-z]+}", "/c/d", "/{%s: [a-z]{1,3}}", "/x.y",
    };
    /** Only where the path ends, in a sub-resource method: a regex that spans segments. */
    private static final String[] TERMINAL_SUFFIXES = {"/{%s: .+}", "/{%s: a.*}"};
    private static final String[] VERBS = {
        "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "PURGE", "HEAD", "OPTIONS",
    };
    private static final String[] MEDIA_TYPES = {"text/plain", "application/json", "application/xml"};

    private final Random random;
    private boolean overlapping;
    private int classCounter;
    private int variableCounter;
    private int subPathCounter;

    ModelGenerator(long seed) {
        this.random = new Random(seed);
    }

    FuzzModel next() {
        overlapping = random.nextBoolean();
        classCounter = 0;
        variableCounter = 0;
        subPathCounter = 0;
        int rootCount = 1 + random.nextInt(4);
        List<FuzzModel.ResourceClass> roots = new ArrayList<>();
        Set<String> rootVerbKeys = new HashSet<>();
        String previous = null;
        for (int i = 0; i < rootCount; i++) {
            String path;
            if (overlapping) {
                path = template(pick(ROOT_PATHS));
            } else {
                // a root class sometimes shares its predecessor's template: one path group of two classes
                path = previous != null && random.nextInt(4) == 0 ? previous : template("r" + i + pick(DISJOINT_SUFFIXES));
            }
            previous = path;
            roots.add(resourceClass(path, 0, rootVerbKeys, shape(path)));
        }
        return new FuzzModel(roots);
    }

    /**
     * @param verbKeys verb and path shapes already taken in this path group: root classes with the
     *     same template are one group (Jakarta REST §3.7.2 step 1e)
     */
    private FuzzModel.ResourceClass resourceClass(String path, int depth, Set<String> verbKeys, String groupShape) {
        String name = (path == null ? "Target" : "Root") + classCounter++;
        int memberCount = 1 + random.nextInt(5);
        List<FuzzModel.Member> members = new ArrayList<>();
        Set<String> locatorShapes = new HashSet<>();
        for (int i = 0; i < memberCount; i++) {
            boolean locator = depth < MAX_LOCATOR_DEPTH && random.nextInt(4) == 0;
            String memberPath = locator || random.nextInt(5) < 3 ? subPath(locator) : null;
            if (locator) {
                if (locatorShapes.add(groupShape + "|" + shape(memberPath))) {
                    members.add(new FuzzModel.Member(null, memberPath, null, null, false,
                            resourceClass(null, depth + 1, new HashSet<>(), "")));
                }
                continue;
            }
            String verb = pick(VERBS);
            if (!verbKeys.add(groupShape + "|" + shape(memberPath) + "|" + verb)) {
                continue;
            }
            String consumes = isBodyVerb(verb) && random.nextInt(3) == 0 ? pick(MEDIA_TYPES) : null;
            String produces = random.nextInt(3) == 0 ? pick(MEDIA_TYPES) : null;
            boolean noContent = random.nextInt(4) == 0;
            members.add(new FuzzModel.Member(verb, memberPath, consumes, produces, noContent, null));
        }
        return new FuzzModel.ResourceClass(name, path, members);
    }

    /** In a disjoint model, a first literal segment unique in the model: root classes of one group never overlap. */
    private String subPath(boolean locator) {
        if (overlapping) {
            return template(pick(SUB_PATHS));
        }
        String suffix = !locator && random.nextInt(6) == 0 ? pick(TERMINAL_SUFFIXES) : pick(DISJOINT_SUFFIXES);
        return template("s" + subPathCounter++ + suffix);
    }

    private static boolean isBodyVerb(String verb) {
        return verb.equals("POST") || verb.equals("PUT") || verb.equals("PATCH");
    }

    private String template(String pattern) {
        if (!pattern.contains("%s")) {
            return pattern;
        }
        String[] names = new String[countOf(pattern)];
        for (int i = 0; i < names.length; i++) {
            names[i] = "v" + variableCounter++;
        }
        return String.format(pattern, (Object[]) names);
    }

    private static int countOf(String pattern) {
        return pattern.split("%s", -1).length - 1;
    }

    /** The template with variable names removed and surrounding slashes dropped: equal shapes are one route. */
    static String shape(String template) {
        if (template == null) {
            return "";
        }
        String shape = template.replaceAll("\\{\\s*\\w+\\s*(:\\s*)?", "{").replaceAll("^/+|/+$", "");
        return shape;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
