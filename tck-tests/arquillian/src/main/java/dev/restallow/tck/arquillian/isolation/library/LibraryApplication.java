package dev.restallow.tck.arquillian.isolation.library;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One of two applications deployed side by side: its {@code things} serve GET and DELETE. */
@ApplicationPath("api")
public class LibraryApplication extends Application {
}
