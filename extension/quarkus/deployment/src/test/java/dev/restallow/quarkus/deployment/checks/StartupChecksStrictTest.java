package dev.restallow.quarkus.deployment.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.rest-allow.strict=true}: a warning of the start-up checks fails the build, listing it. */
class StartupChecksStrictTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CheckedResources.Orders.class, CheckedResources.OrderForm.class))
            .overrideConfigKey("quarkus.rest-allow.strict", "true")
            .assertException(StartupChecksStrictTest::listsTheFinding);

    private static void listsTheFinding(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                messages.append(suppressed.getMessage()).append('\n');
            }
        }
        String all = messages.toString();
        assertTrue(all.contains("rest-allow.strict=true and the start-up checks found 1 problem:"), all);
        assertTrue(all.contains("unreachable method: " + CheckedResources.Orders.class.getName() + "#delete"), all);
        assertTrue(all.contains("example: DELETE /orders/new)"), all);
    }

    @Test
    void theBuildFails() {
        fail("the application must not start");
    }
}
