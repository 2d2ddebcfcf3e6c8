package dev.restallow.tck.arquillian.scanned;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * An application as most WARs have it: no {@code getClasses()}, so the runtime scans the WAR for its
 * resource classes (Jakarta REST 3.1 §2.3.2) and shows rest-allow only those it chooses to.
 */
@ApplicationPath("scanned")
public class ScannedApplication extends Application {
}
