package dev.restallow.internal.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Where the model knows no route, the Allow is the runtime's, completed, or none: never one rest-allow invents. */
class AllowResolverTest {

    private final AllowResolver resolver = AllowResolver.of(ApplicationRouteTable.empty());

    @Test
    void noAllowWhereNeitherTheModelNorTheRuntimeNamesMethods() {
        assertNull(resolver.resolve(false, RelativePath.of("people"), "PUT", List.of()));
    }

    @Test
    void theRuntimesMethodsCompletedWhereTheModelKnowsNoRoute() {
        assertEquals("GET, HEAD, POST, OPTIONS",
                resolver.resolve(false, RelativePath.of("people"), "PUT", List.of("POST", "GET")).headerValue());
    }

    @Test
    void onJerseyTheRuntimesListKeepsOptionsOutWhereJerseyLeftItOut() {
        AllowResolver jersey = AllowResolver.forJersey(ApplicationRouteTable.empty());

        assertEquals("GET, HEAD", jersey.resolve(false, RelativePath.of("people"), "PUT", List.of("GET")).headerValue());
        assertEquals("GET, HEAD, OPTIONS",
                jersey.resolve(false, RelativePath.of("people"), "PUT", List.of("OPTIONS", "GET")).headerValue());
    }

    @Test
    void anApplicationThrown405NeverListsTheRefusedMethod() {
        assertEquals("GET, HEAD, OPTIONS", resolver.resolve(true, RelativePath.of("locked"), "PUT", List.of("GET", "PUT")).headerValue());
    }

    @Test
    void eachUnseenPathIsLoggedOnce() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().contains("answered 405")) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("dev.restallow");
        log.addHandler(handler);
        try {
            resolver.resolve(false, RelativePath.of("people"), "PUT", List.of());
            resolver.resolve(false, RelativePath.of("people"), "DELETE", List.of());
            resolver.resolve(false, RelativePath.of("pets/\r\n7"), "PUT", List.of("GET"));
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(2, records.size());
        assertEquals("rest-allow: the runtime answered 405 at /people, a route rest-allow's model does not know"
                + " (generated at build time, built in code, or hidden by the server); the runtime names none, so"
                + " rest-allow sends no Allow", records.get(0).getMessage());
        assertEquals(true, records.get(1).getMessage().contains("/pets/\\u000d\\u000a7"));
    }
}
