package dev.restallow.internal.check;

import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.route.RouteTable;
import java.util.logging.Logger;

/**
 * Logs the {@link StartupReport} of an application when its first route table is built, and in
 * strict mode fails the deployment where the checks warn. A table first built for a request (no
 * root class was known at deployment, as on CXF) is reported too late to refuse the application.
 */
public final class StartupReporting implements ApplicationRouteTable.FirstBuild {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final boolean strict;

    public StartupReporting(boolean strict) {
        this.strict = strict;
    }

    /** @throws StrictChecksFailed in strict mode, at deployment, where the checks warn */
    @Override
    public void built(ResourceModel model, RouteTable specTable, boolean atDeployment) {
        StartupReport report;
        try {
            report = StartupReport.of(model, specTable);
        } catch (RuntimeException e) {
            // an invalid template: the runtime reports its own deployment error for it, or accepts what
            // rest-allow cannot parse; the checks never stop an application that strict mode lets through
            LOG.warning("rest-allow: no start-up report: " + e);
            return;
        }
        report.log(LOG);
        if (strict && atDeployment && !report.findings().isEmpty()) {
            throw new StrictChecksFailed(report.strictFailure());
        }
    }

    /** Fails a deployment in strict mode ({@code rest-allow.strict=true}). */
    public static final class StrictChecksFailed extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        StrictChecksFailed(String message) {
            super(message);
        }
    }
}
