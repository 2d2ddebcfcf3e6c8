package dev.restallow.quarkus.deployment;

import dev.restallow.internal.check.StartupReport;
import io.quarkus.builder.item.SimpleBuildItem;
import java.util.List;

/**
 * The start-up report made at build time: for the runtime to log again when the application starts,
 * and for the Dev UI card.
 */
public final class StartupReportBuildItem extends SimpleBuildItem {

    private final StartupReport report;

    public StartupReportBuildItem(StartupReport report) {
        this.report = report;
    }

    /** The INFO line: routes, methods, warnings. */
    public String summary() {
        return report.summary();
    }

    /** The DEBUG table: one line per full path. */
    public List<String> routeTable() {
        return report.routeTable();
    }

    /** The rows of the route table, each with its {@code Allow} and the resource methods answering there. */
    public List<StartupReport.Route> routes() {
        return report.routes();
    }

    /** The warnings of the start-up checks, each with its methods and example request. */
    public List<StartupReport.Finding> warnings() {
        return report.warningFindings();
    }
}
