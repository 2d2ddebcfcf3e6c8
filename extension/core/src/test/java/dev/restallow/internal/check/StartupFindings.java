package dev.restallow.internal.check;

import dev.restallow.internal.scan.ResourceClassScanner;
import java.util.List;

/** The findings of the start-up checks for some root resource classes, read by reflection as at deployment. */
final class StartupFindings {

    private StartupFindings() {
    }

    static StartupReport report(Class<?>... rootClasses) {
        return StartupReport.of(ResourceClassScanner.read(List.of(rootClasses)));
    }

    static List<MethodWarning> of(MethodWarning.Check check, Class<?>... rootClasses) {
        return report(rootClasses).findings().stream().filter(warning -> warning.check() == check).toList();
    }
}
