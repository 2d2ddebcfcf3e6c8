package dev.restallow.fuzz;

/**
 * Which shapes the fuzzer generates beyond the default ones. Each switch turns on requests or
 * models that hit an open rest-allow bug (found by this fuzzer, reported with a minimised model,
 * not fixed yet), so the default run stays green and checks everything else; switch one on to
 * reproduce its bug, and make it the default once the bug is fixed.
 *
 * @param overlappingTemplates system property {@code restallow.fuzz.overlapping-templates}: sibling templates that
 *     can match the same path (a literal and a template, two regexes, a regex that spans segments, a root at "/").
 *     rest-allow selects by Jakarta REST §3.7.2 path-first order, but Jersey, RESTEasy and CXF all serve other
 *     methods there too (they choose among every matching template of the class by method), so Allow misses them
 */
record FuzzScope(boolean overlappingTemplates) {

    static FuzzScope fromSystemProperties() {
        boolean all = Boolean.getBoolean("restallow.fuzz.open-bugs");
        return new FuzzScope(all || Boolean.getBoolean("restallow.fuzz.overlapping-templates"));
    }

    @Override
    public String toString() {
        return "overlapping-templates=" + overlappingTemplates;
    }
}
