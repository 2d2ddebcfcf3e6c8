package dev.restallow.tck.generated.spring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up route table (logger {@code dev.restallow}, DEBUG) lists the quarkus-spring-web controller's routes. */
@QuarkusTest
class SpringStartupLogTest {

    @Test
    void theRouteTableListsTheControllersRoutes() throws Exception {
        // the log file of the application this test runs against, written anew at each start
        String report = Files.readString(Path.of(System.getProperty("restallow.generated.log", "target/quarkus.log")));

        for (String template : List.of("/greetings ", "/greetings/{word} ")) {
            assertTrue(report.contains(template), () -> template + " not in the route table:\n" + report);
        }
    }
}
