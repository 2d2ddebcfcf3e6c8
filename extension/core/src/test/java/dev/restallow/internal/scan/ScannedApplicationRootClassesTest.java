package dev.restallow.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.internal.check.StartupReporting;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.runtime.RoutingRule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application that lists no classes, on RESTEasy, where the DynamicFeature shows only classes
 * with resource methods: the root class with only a locator comes from the servlet container's scan,
 * the start-up report counts its routes, and where nothing shows it rest-allow says so at WARNING.
 */
class ScannedApplicationRootClassesTest {

    @Path("accounts/{account}")
    public static class Accounts {
        @Path("invoices")
        public Invoices invoices() {
            return new Invoices();
        }
    }

    public static class Invoices {
        @GET
        public String list() {
            return "";
        }
    }

    @Path("status")
    public static class Status {
        @GET
        public String get() {
            return "";
        }
    }

    /** Not a root class: the container reports it because a method has {@code @Path}. */
    public static class MethodPathOnly {
        @GET
        @Path("x")
        public String get() {
            return "";
        }
    }

    static class Scanned extends Application {
    }

    static class Listing extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Status.class);
        }
    }

    private static final Logger LOG = Logger.getLogger("dev.restallow");
    private final List<LogRecord> logged = new ArrayList<>();
    private final RootClasses rootClasses = new RootClasses();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        LOG.addHandler(capture);
    }

    @AfterEach
    void forgetTheScan() {
        LOG.removeHandler(capture);
        ScannedRootClasses.forget(getClass().getClassLoader());
    }

    /** What the DynamicFeature shows on RESTEasy: the class with a resource method, not the locator's. */
    private ApplicationRouteTable shownByTheRuntime(RoutingRule rule) {
        rootClasses.add(Status.class);
        return new ApplicationRouteTable(rootClasses, rule, new StartupReporting(false));
    }

    @Test
    void theServletContainersScanCompletesTheModelAndTheReportCountsIt() {
        ScannedRootClasses.record(getClass().getClassLoader(), Set.of(Accounts.class, Status.class, MethodPathOnly.class));
        ApplicationRouteTable routes = shownByTheRuntime(RoutingRule.RESTEASY);

        new ApplicationRootClasses(rootClasses, true, new Scanned()).filter(null);

        assertEquals(new RouteLookup.Match(Set.of("GET")), routes.lookup(RelativePath.of("accounts/acme/invoices")));
        List<String> info = messages(Level.INFO);
        assertEquals(List.of("rest-allow: 1 root resource class found by the servlet"
                + " container's scan (ServletContainerInitializer)",
                "rest-allow: 2 routes, methods GET, HEAD, OPTIONS, 0 warnings"), info);
        assertEquals(List.of(), messages(Level.WARNING));
    }

    @Test
    void anApplicationThatListsItsClassesIsNotCompletedFromTheScan() {
        ScannedRootClasses.record(getClass().getClassLoader(), Set.of(Accounts.class, Status.class));
        ApplicationRouteTable routes = shownByTheRuntime(RoutingRule.RESTEASY);

        new ApplicationRootClasses(rootClasses, true, new Listing()).filter(null);

        assertEquals(RouteLookup.NO_MATCH, routes.lookup(RelativePath.of("accounts/acme/invoices")));
        assertEquals(List.of("rest-allow: 1 route, methods GET, HEAD, OPTIONS, 0 warnings"), messages(Level.INFO));
    }

    @Test
    void whereNothingShowsTheScannedClassesItWarnsWithWhatToDo() {
        ApplicationRouteTable routes = shownByTheRuntime(RoutingRule.RESTEASY);

        new ApplicationRootClasses(rootClasses, true, new Scanned()).filter(null);

        assertEquals(RouteLookup.NO_MATCH, routes.lookup(RelativePath.of("accounts/acme/invoices")));
        List<String> warnings = messages(Level.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("a root resource class with only sub-resource locators is missing"),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("List the resource classes in Application#getClasses() to include them."),
                warnings.get(0));
    }

    @Test
    void onARuntimeThatShowsEveryRootClassThereIsNothingToWarnAbout() {
        shownByTheRuntime(RoutingRule.JERSEY);

        new ApplicationRootClasses(rootClasses, false, new Scanned()).filter(null);

        assertEquals(List.of(), messages(Level.WARNING));
    }

    /** The messages logged at exactly this level; the report is logged when the table is first built. */
    private List<String> messages(Level level) {
        return logged.stream().filter(r -> r.getLevel() == level).map(LogRecord::getMessage).toList();
    }
}
