package dev.restallow.tck.arquillian.isolation.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One of two applications deployed side by side: its {@code things} serve GET and POST. */
@ApplicationPath("api")
public class ShopApplication extends Application {
}
