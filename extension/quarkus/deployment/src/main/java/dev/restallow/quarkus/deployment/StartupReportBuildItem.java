package dev.restallow.quarkus.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import java.util.List;

/** The start-up report made at build time, for the runtime to log again when the application starts. */
public final class StartupReportBuildItem extends SimpleBuildItem {

    private final String summary;
    private final List<String> routeTable;

    public StartupReportBuildItem(String summary, List<String> routeTable) {
        this.summary = summary;
        this.routeTable = List.copyOf(routeTable);
    }

    /** The INFO line: routes, methods, warnings. */
    public String summary() {
        return summary;
    }

    /** The DEBUG table: one line per full path. */
    public List<String> routeTable() {
        return routeTable;
    }
}
