package dev.restallow.tck.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.Http;
import dev.restallow.tck.arquillian.scanned.ScannedApplicationOnServer;
import dev.restallow.tck.arquillian.scanned.ScannedDeployment;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A scanned WAR's locator-only root class on Open Liberty (RESTEasy inside), where RESTEasy's own
 * classes are hidden from applications: besides the answers, the start-up report in Liberty's
 * messages.log counts the locator's routes, and rest-allow says that the servlet container named
 * the root classes.
 */
class ScannedApplicationOnLibertyIT extends ScannedApplicationOnServer {

    private static final String LOGGER = "dev.restallow";
    private static final Pattern SUMMARY = Pattern.compile("rest-allow: \\d+ routes?, methods .*");
    /** Core's {@code ApplicationRouteTable#addRootClasses} with {@code SERVLET_SCAN} as the source. */
    private static final Pattern FOUND_BY_SERVLET_CONTAINER = Pattern.compile(
            "rest-allow: \\d+ root resource class(es)? found by the servlet container's scan \\(ServletContainerInitializer\\)");
    private static final String APPLICATION = ScannedDeployment.NAME.substring(0, ScannedDeployment.NAME.length() - ".war".length());

    @Test
    void theStartupReportCountsTheLocatorsRoutesFoundThroughTheServletContainer() throws InterruptedException {
        // RESTEasy starts the application on Liberty on its first request; its records reach messages.log a little later
        new Http(deployment().resolve("scanned/")).send("GET", "status");
        List<String> messages = restAllowMessagesOnceReported();

        assertEquals(List.of(ScannedDeployment.STARTUP_SUMMARY), messages.stream().filter(m -> SUMMARY.matcher(m).matches()).toList(),
                messages::toString);
        assertTrue(messages.stream().anyMatch(m -> FOUND_BY_SERVLET_CONTAINER.matcher(m).matches()), messages::toString);
    }

    private static List<String> restAllowMessagesOnceReported() throws InterruptedException {
        MessagesLog log = MessagesLog.ofThisServer();
        List<String> messages = List.of();
        for (int wait = 0; wait < 120 && messages.stream().noneMatch(m -> SUMMARY.matcher(m).matches()); wait++) {
            if (wait > 0) {
                Thread.sleep(500);
            }
            messages = log.sinceStartOf(APPLICATION).stream()
                    .filter(entry -> entry.logger().equals(LOGGER) && entry.level().equals("I"))
                    .map(MessagesLog.Entry::message)
                    .toList();
        }
        return messages;
    }
}
