package dev.restallow.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bookshelf API under {@code /api}. Empty on purpose: Payara finds the resources by scanning,
 * and rest-allow through its {@code META-INF/services} entry, so the application does not name it.
 */
@ApplicationPath("/api")
public class BookshelfApplication extends Application {
}
