package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Sub-resource locators that lead back to a class already on the way: paths below them nest
 * without end, each level calling the locators again.
 */
final class LocatorCycles {

    private LocatorCycles() {
    }

    static List<MethodWarning> find(ApplicationRoutes routes) {
        List<MethodWarning> warnings = new ArrayList<>();
        for (ApplicationRoutes.LocatorCycle cycle : routes.cycles()) {
            warnings.add(new MethodWarning(MethodWarning.Check.LOCATOR_CYCLE, cycle.locators(),
                    "GET " + ExamplePath.orTemplate(cycle.examplePath()),
                    "the sub-resource locators " + String.join(" -> ", cycle.locators()) + " lead back to where"
                            + " they start: paths below them nest without end, and each level calls the locators"
                            + " again"));
        }
        return warnings;
    }
}
