package dev.restallow.internal.check;

import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.route.RouteTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every start-up check over one application's routes. */
final class MethodChecks {

    private MethodChecks() {
    }

    static List<MethodWarning> run(ResourceModel model, ApplicationRoutes routes, RouteTable table) {
        List<MethodWarning> warnings = new ArrayList<>();
        warnings.addAll(UnreachableMethods.find(routes, table));
        warnings.addAll(AmbiguousMethods.find(routes));
        warnings.addAll(EmptyPaths.find(model));
        warnings.addAll(BodylessMethodEntities.find(routes));
        warnings.addAll(HeadWithoutGet.find(routes));
        warnings.addAll(LocatorCycles.find(routes));
        warnings.addAll(SharedRootTemplates.find(model));
        // the order of reflection (Class#getMethods) is unspecified: sorted, the log reads the same every time
        warnings.sort(Comparator.comparing((MethodWarning warning) -> warning.check())
                .thenComparing(MethodWarning::exampleRequest)
                .thenComparing(warning -> String.join(",", warning.methods())));
        return warnings;
    }
}
