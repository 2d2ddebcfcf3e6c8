package dev.restallow.tck.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.Http;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A RESTEasy application started with {@code SeBootstrap}, rest-allow found through the service
 * loader: starting from the Application class, RESTEasy runs its provider registration twice
 * (ResteasySeInstance#create: {@code deployment.start()}, then {@code deployment.registration()}),
 * and would log {@code RESTEASY002155 ... is already registered} for the feature twice. Everything
 * logged at WARNING or above must be what the same application logs without rest-allow.
 */
class SeBootstrapLogTest {

    @Path("notes")
    public static class Notes {
        @GET
        public String list() {
            return "notes";
        }

        @DELETE
        public void clear() {
        }

        @POST
        @Path("{id}/archive")
        public void archive() {
        }
    }

    /**
     * rest-allow comes in through {@code META-INF/services/jakarta.ws.rs.core.Feature}. The application
     * has a property as its twin below does: RESTEasy registers the feature that sets them twice too
     * (RESTEASY002160), with or without rest-allow.
     */
    public static class NotesApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Notes.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of("notes.storage", "memory");
        }
    }

    /** The same application with service loading off (Jakarta REST 3.1 §4.1.2): no rest-allow. */
    public static class NotesWithoutServices extends NotesApplication {
        @Override
        public Map<String, Object> getProperties() {
            return Map.of("notes.storage", "memory", "jakarta.ws.rs.loadServices", false);
        }
    }

    private static final SimpleFormatter FORMAT = new SimpleFormatter();

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

    @BeforeEach
    void captureLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void startedFromTheApplicationClassRestAllowLogsNoWarning() throws Exception {
        List<String> without = warningsOf(() -> start(NotesWithoutServices.class, false));
        List<String> with = warningsOf(() -> start(NotesApplication.class, true));

        assertTrue(with.stream().noneMatch(line -> line.contains("RESTEASY002155") || line.contains("dev.restallow")),
                with.toString());
        assertEquals(without, with);
    }

    @Test
    void startedFromAnApplicationInstanceRestAllowLogsNoWarning() throws Exception {
        List<String> without = warningsOf(() -> startInstance(new NotesWithoutServices(), false));
        List<String> with = warningsOf(() -> startInstance(new NotesApplication(), true));

        assertTrue(with.stream().noneMatch(line -> line.contains("RESTEASY002155") || line.contains("dev.restallow")),
                with.toString());
        assertEquals(without, with);
    }

    private interface Start {
        void run() throws Exception;
    }

    /** The messages logged at WARNING or above while the application starts and answers. */
    private List<String> warningsOf(Start start) throws Exception {
        records.clear();
        start.run();
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(r -> r.getLoggerName() + ": " + FORMAT.formatMessage(r)).toList();
    }

    private static void start(Class<? extends Application> application, boolean restAllow) throws Exception {
        int port = freePort();
        SeBootstrap.Instance instance = SeBootstrap.start(application, configuration(port))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            answers(port, restAllow);
        } finally {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static void startInstance(Application application, boolean restAllow) throws Exception {
        int port = freePort();
        SeBootstrap.Instance instance = SeBootstrap.start(application, configuration(port))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            answers(port, restAllow);
        } finally {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** rest-allow is installed exactly when expected: its exact Allow and JSON body on a 405. */
    private static void answers(int port, boolean restAllow) {
        Http http = new Http(URI.create("http://127.0.0.1:" + port + "/"));
        assertEquals("notes", http.send("GET", "notes").body());
        Http.Reply refused = http.send("POST", "notes");
        assertEquals(405, refused.status());
        if (restAllow) {
            assertEquals("GET, HEAD, DELETE, OPTIONS", refused.header("Allow"));
            assertEquals("application/json", refused.contentType());
        }
    }

    private static SeBootstrap.Configuration configuration(int port) {
        return SeBootstrap.Configuration.builder().protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
