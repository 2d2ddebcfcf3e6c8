package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.http.JerseyServer;
import dev.restallow.tck.Http;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up route report and checks on a real Jersey deployment: logged through
 * java.util.logging while the application deploys, before any request; with
 * {@code rest-allow.strict=true} a finding stops the deployment.
 */
class StartupReportTest {

    @Path("orders/{id}")
    public static class Orders {
        @GET
        public String get() {
            return "order";
        }

        @DELETE
        public void delete() {
        }
    }

    @Path("orders/new")
    public static class OrderForm {
        @POST
        public String create() {
            return "created";
        }
    }

    @Path("orders")
    public static class OrderList {
        @GET
        public String list() {
            return "orders";
        }

        @POST
        public String create() {
            return "created";
        }
    }

    /** The template of {@link OrderList}, written differently: Jersey merges the two classes. */
    @Path("/orders/")
    public static class OrderArchive {
        @DELETE
        public void purge() {
        }
    }

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = LOG.getLevel();
        LOG.setLevel(Level.FINE);
        capture.setLevel(Level.ALL);
        LOG.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        LOG.removeHandler(capture);
        LOG.setLevel(previousLevel);
    }

    private List<String> logged(Level level) {
        return records.stream().filter(r -> r.getLevel() == level).map(LogRecord::getMessage).toList();
    }

    @Test
    void reportAndWarningsAreLoggedAtDeployment() {
        try (JerseyServer server = JerseyServer.start(new ResourceConfig(Orders.class, OrderForm.class, OrderList.class))) {
            // before any request
            assertEquals(List.of("rest-allow: 3 routes, methods GET, HEAD, POST, DELETE, OPTIONS, 2 warnings"),
                    logged(Level.INFO));
            assertEquals(List.of("rest-allow: routes\n"
                    + "  /orders      -> GET, HEAD, POST, OPTIONS\n"
                    + "  /orders/new  -> POST, OPTIONS\n"
                    + "  /orders/{id} -> GET, HEAD, DELETE, OPTIONS"), logged(Level.FINE).stream()
                    .filter(message -> message.startsWith("rest-allow: routes")).toList());
            List<String> warnings = logged(Level.WARNING);
            assertEquals(2, warnings.size(), warnings.toString());
            String delete = warnings.stream().filter(w -> w.contains("example: DELETE /orders/new")).findFirst().orElseThrow();
            assertTrue(delete.startsWith("rest-allow: unreachable method: " + Orders.class.getName() + "#delete"), delete);
            assertTrue(delete.contains("methods: " + Orders.class.getName() + "#delete, " + OrderForm.class.getName()
                    + "#create;"), delete);
            assertTrue(warnings.stream().anyMatch(w -> w.contains("example: GET /orders/new")), warnings.toString());

            Http.Reply refused = server.http().send("POST", "orders/7");
            assertEquals(405, refused.status());
            assertEquals("GET, HEAD, DELETE, OPTIONS", refused.header("Allow"));
            assertEquals(200, server.http().send("POST", "orders/new").status());
        }
    }

    @Test
    void strictModeFailsDeploymentListingTheFindings() {
        ResourceConfig application = new ResourceConfig(Orders.class, OrderForm.class)
                .property("rest-allow.strict", "true");

        Throwable failure = assertThrows(RuntimeException.class, () -> JerseyServer.start(application).close());

        String messages = messages(failure);
        assertTrue(messages.contains("rest-allow.strict=true and the start-up checks found 2 problems:"), messages);
        assertTrue(messages.contains("example: DELETE /orders/new)"), messages);
        assertTrue(messages.contains("example: GET /orders/new)"), messages);
    }

    @Test
    void strictModeDeploysAnApplicationWithoutFindings() {
        ResourceConfig application = new ResourceConfig(Orders.class, OrderList.class).property("rest-allow.strict", "true");
        try (JerseyServer server = JerseyServer.start(application)) {
            assertEquals(List.of("rest-allow: 2 routes, methods GET, HEAD, POST, DELETE, OPTIONS, 0 warnings"),
                    logged(Level.INFO));
            assertEquals(List.of(), logged(Level.WARNING));
            assertEquals(200, server.http().send("GET", "orders/7").status());
            assertEquals("GET, HEAD, POST, OPTIONS", server.http().send("DELETE", "orders").header("Allow"));
        }
    }

    @Test
    void rootClassesSharingATemplateAreNamedWithARequest() {
        try (JerseyServer server = JerseyServer.start(new ResourceConfig(OrderList.class, OrderArchive.class))) {
            List<String> warnings = logged(Level.WARNING);
            assertEquals(1, warnings.size(), warnings.toString());
            String shared = warnings.get(0);
            assertTrue(shared.startsWith("rest-allow: root classes sharing a template: " + OrderArchive.class.getName()
                    + " and " + OrderList.class.getName() + " share the root template /orders"), shared);
            assertTrue(shared.endsWith("example: GET /orders)"), shared);

            // Jersey merges them: both classes' methods are served, and automatic OPTIONS lists them all
            assertEquals(204, server.http().send("DELETE", "orders").status());
            assertEquals(200, server.http().send("GET", "orders").status());
            Http.Reply options = server.http().send("OPTIONS", "orders");
            assertEquals(200, options.status());
            assertEquals("GET, HEAD, POST, DELETE, OPTIONS", options.header("Allow"));
        }
        ResourceConfig strict = new ResourceConfig(OrderList.class, OrderArchive.class).property("rest-allow.strict", "true");
        String messages = messages(assertThrows(RuntimeException.class, () -> JerseyServer.start(strict).close()));
        assertTrue(messages.contains("found 1 problem:\n  - root classes sharing a template: "), messages);
    }

    @Test
    void aBadStrictValueFailsDeploymentNamingTheKey() {
        ResourceConfig application = new ResourceConfig(OrderList.class).property("rest-allow.strict", "yes");

        Throwable failure = assertThrows(RuntimeException.class, () -> JerseyServer.start(application).close());

        String messages = messages(failure);
        assertTrue(messages.contains("invalid value for configuration key 'rest-allow.strict': expected one of true, false"),
                messages);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
