package dev.restallow.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bookshelf API under {@code /api}. Nothing here names rest-allow: the Quarkus extension is a
 * dependency in the build, and that is all.
 */
@ApplicationPath("/api")
public class BookshelfApplication extends Application {
}
