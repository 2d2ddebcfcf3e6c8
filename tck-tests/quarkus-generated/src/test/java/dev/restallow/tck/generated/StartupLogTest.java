package dev.restallow.tck.generated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start-up log (logger {@code dev.restallow}) counts the routes other extensions generate: the
 * summary line (the module's {@code generated.startup-summary}) counts REST Data with Panache's routes,
 * and quarkus-spring-web's on Quarkus REST, and the route table (DEBUG) lists them.
 */
@QuarkusTest
class StartupLogTest {

    @Test
    void theSummaryAndTheRouteTableCountTheGeneratedRoutes() throws Exception {
        // the log file of the application this test runs against, written anew at each start
        String report = Files.readString(Path.of(System.getProperty("restallow.generated.log", "target/quarkus.log")));

        assertTrue(report.contains(System.getProperty("generated.startup-summary")), report);
        for (String template : List.of("/people ", "/people/count ", "/people/{id} ")) {
            assertTrue(report.contains(template), () -> template + " not in the route table:\n" + report);
        }
    }
}
