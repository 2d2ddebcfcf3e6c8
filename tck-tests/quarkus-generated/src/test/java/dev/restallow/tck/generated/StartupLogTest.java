package dev.restallow.tck.generated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start-up log (logger {@code dev.restallow}) counts the routes other extensions generate: the
 * summary line counts REST Data with Panache's and quarkus-spring-web's routes (8 with the shelves'),
 * and the route table (DEBUG) lists REST Data with Panache's ({@code SpringStartupLogTest} the controller's).
 */
@QuarkusTest
class StartupLogTest {

    @Test
    void theSummaryAndTheRouteTableCountTheGeneratedRoutes() throws Exception {
        // the log file of the application this test runs against, written anew at each start
        String report = Files.readString(Path.of(System.getProperty("restallow.generated.log", "target/quarkus.log")));

        assertTrue(report.contains("rest-allow: 8 routes, methods GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"), report);
        for (String template : List.of("/people ", "/people/count ", "/people/{id} ")) {
            assertTrue(report.contains(template), () -> template + " not in the route table:\n" + report);
        }
    }
}
