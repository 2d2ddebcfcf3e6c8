package dev.restallow.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bookshelf API under {@code /api}, for Quarkus (this module) and Payara (payara-sample compiles
 * these sources into its WAR). Nothing here names rest-allow: on Quarkus the extension is a
 * dependency in the build; on Payara the resources are found by scanning and rest-allow through its
 * {@code META-INF/services} entry.
 */
@ApplicationPath("/api")
public class BookshelfApplication extends Application {
}
