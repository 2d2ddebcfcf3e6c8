package dev.restallow.internal.check;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource methods of a {@link ResourceModel} at their full path templates (the root class's
 * {@code @Path}, the locators' and the method's joined), reached from the root classes through
 * the locators whose target is known; what the start-up report lists and the checks examine.
 *
 * @param methods every resource and sub-resource method at each full template it is reached by
 * @param deferred the full templates below locators whose target only the runtime knows
 * @param cycles the locator cycles, each once
 */
public record ApplicationRoutes(List<Route> methods, List<Route> deferred, List<LocatorCycle> cycles) {

    /** More full templates than this and the walk stops: locator graphs can multiply paths. */
    private static final int MAX_ROUTES = 20_000;

    public ApplicationRoutes {
        methods = List.copyOf(methods);
        deferred = List.copyOf(deferred);
        cycles = List.copyOf(cycles);
    }

    /**
     * One declaration at one full template.
     *
     * @param pathTemplate the full template, with one leading '/', parsed once
     * @param declaration the method (for a deferred route: the locator)
     */
    record Route(PathTemplate pathTemplate, ResourceModel.MethodDeclaration declaration) {

        Route(String template, ResourceModel.MethodDeclaration declaration) {
            this(PathTemplate.parse(template), declaration);
        }

        /** The full template as written, e.g. {@code /orders/{id}}. */
        String template() {
            return pathTemplate.source();
        }

        /** The template's route identity: two templates with the same regex are the same route (§3.7.2 step 1e). */
        String key() {
            return pathTemplate.regex();
        }

        String httpMethod() {
            return declaration.httpMethod();
        }
    }

    /**
     * Locators that lead back to a class already on the way from the root class.
     *
     * @param locators the locators of the cycle, {@code Class#method}, in the order the path takes them
     * @param examplePath a template that goes round the cycle twice
     */
    record LocatorCycle(List<String> locators, String examplePath) {
    }

    static ApplicationRoutes of(ResourceModel model) {
        Map<String, ResourceModel.ResourceClass> classes = new HashMap<>();
        model.classes().forEach(resourceClass -> classes.putIfAbsent(resourceClass.name(), resourceClass));
        Map<String, List<ResourceModel.MethodDeclaration>> declarations = new HashMap<>();
        model.declarations().forEach(declaration ->
                declarations.computeIfAbsent(declaration.className(), name -> new ArrayList<>()).add(declaration));
        Walk walk = new Walk(classes, declarations);
        for (ResourceModel.ResourceClass resourceClass : model.classes()) {
            if (resourceClass.path() != null) {
                walk.visit(resourceClass, ResourceModel.join("", resourceClass.path()), new LinkedHashMap<>(), new ArrayList<>());
            }
        }
        return new ApplicationRoutes(walk.methods, walk.deferred, new ArrayList<>(walk.cycles.values()));
    }

    private static final class Walk {
        private final Map<String, ResourceModel.ResourceClass> classes;
        private final Map<String, List<ResourceModel.MethodDeclaration>> declarations;
        private final List<Route> methods = new ArrayList<>();
        private final List<Route> deferred = new ArrayList<>();
        private final Map<List<String>, LocatorCycle> cycles = new LinkedHashMap<>();

        Walk(Map<String, ResourceModel.ResourceClass> classes,
                Map<String, List<ResourceModel.MethodDeclaration>> declarations) {
            this.classes = classes;
            this.declarations = declarations;
        }

        /**
         * @param entered the classes on the way here, with the template at which each was entered
         * @param locatorsTaken the locators on the way here
         */
        void visit(ResourceModel.ResourceClass resourceClass, String template, LinkedHashMap<String, String> entered,
                List<String> locatorsTaken) {
            entered.put(resourceClass.name(), template);
            for (ResourceModel.MethodDeclaration declaration : declarations.getOrDefault(resourceClass.name(), List.of())) {
                if (methods.size() + deferred.size() >= MAX_ROUTES) {
                    break;
                }
                String full = ResourceModel.join(template, declaration.path());
                if (declaration.httpMethod() != null) {
                    methods.add(new Route(full, declaration));
                    continue;
                }
                ResourceModel.ResourceClass target = targetOf(resourceClass, declaration);
                if (target == null) {
                    deferred.add(new Route(full, declaration));
                } else if (entered.containsKey(target.name())) {
                    cycle(target, full, entered, locatorsTaken, declaration.name());
                } else {
                    List<String> taken = new ArrayList<>(locatorsTaken);
                    taken.add(declaration.name());
                    visit(target, full, new LinkedHashMap<>(entered), taken);
                }
            }
        }

        private ResourceModel.ResourceClass targetOf(ResourceModel.ResourceClass owner,
                ResourceModel.MethodDeclaration locator) {
            for (ResourceModel.Locator candidate : owner.locators()) {
                if (candidate.name().equals(locator.name()) && candidate.target() != null) {
                    return classes.get(candidate.target());
                }
            }
            return null;
        }

        private void cycle(ResourceModel.ResourceClass target, String reentry, Map<String, String> entered,
                List<String> locatorsTaken, String closingLocator) {
            List<String> names = new ArrayList<>(entered.keySet());
            int start = names.indexOf(target.name());
            // locatorsTaken.get(i) led into names.get(i + 1); the cycle's locators lead out of names[start..]
            List<String> locators = new ArrayList<>(locatorsTaken.subList(start, locatorsTaken.size()));
            locators.add(closingLocator);
            List<String> identity = locators.stream().sorted().toList();
            String entry = entered.get(target.name());
            String loop = entry.equals("/") ? reentry : reentry.substring(entry.length());
            cycles.putIfAbsent(identity, new LocatorCycle(locators, reentry + loop));
        }
    }
}
