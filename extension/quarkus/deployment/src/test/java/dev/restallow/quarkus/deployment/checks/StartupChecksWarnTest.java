package dev.restallow.quarkus.deployment.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without strict mode the build logs the report and the warning, the application logs the report again
 * when it starts, and it answers.
 */
class StartupChecksWarnTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CheckedResources.Orders.class, CheckedResources.OrderForm.class,
                    CheckedResources.OrderList.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .setLogRecordPredicate(record -> "dev.restallow".equals(record.getLoggerName()))
            .assertLogRecords(StartupChecksWarnTest::reportAndWarning);

    @TestHTTPResource
    URI base;

    /** JBoss Logging's levels are its own objects: compared by value, INFO and WARN are JUL's INFO and WARNING. */
    private static void reportAndWarning(List<LogRecord> records) {
        List<String> info = records.stream().filter(r -> r.getLevel().intValue() == Level.INFO.intValue()).map(LogRecord::getMessage).toList();
        String summary = "rest-allow: 3 routes, methods GET, HEAD, POST, DELETE, OPTIONS, 1 warning";
        assertEquals(List.of(summary, summary), info, "logged by the build and again when the application starts");
        List<String> warnings = records.stream().filter(r -> r.getLevel().intValue() == Level.WARNING.intValue()).map(LogRecord::getMessage)
                .toList();
        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("rest-allow: unreachable method: " + CheckedResources.Orders.class.getName()
                + "#delete (DELETE /orders/{id}) is not selected for DELETE /orders/new"), warning);
        assertTrue(warning.endsWith("(methods: " + CheckedResources.Orders.class.getName() + "#delete, "
                + CheckedResources.OrderForm.class.getName() + "#create, " + CheckedResources.OrderForm.class.getName()
                + "#form; example: DELETE /orders/new)"), warning);
    }

    @Test
    void theApplicationStartsAndTheWarnedRequestGets405() throws IOException, InterruptedException {
        HttpResponse<String> hidden = send("DELETE", "orders/new");

        assertEquals(405, hidden.statusCode());
        assertEquals("GET, HEAD, POST, OPTIONS", hidden.headers().firstValue("Allow").orElse(null));
        assertEquals(204, send("DELETE", "orders/7").statusCode());
        assertEquals(200, send("GET", "orders/new").statusCode());
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/" + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
