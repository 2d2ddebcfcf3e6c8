package com.example.inventory;

import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The inventory served twice on Grizzly, without and with rest-allow, probed from outside. */
class InventoryOracleIT {

    private static final String TEXT = "text/plain";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        Warnings.Logged<HttpServer> without = Warnings.during(
                () -> serve(new InventoryApplication().property("rest-allow.enabled", "false")));
        Warnings.Logged<HttpServer> with = Warnings.during(() -> serve(new InventoryApplication()));
        try {
            Oracle.of("jersey-programmatic",
                    Route.at("status").sending(TEXT, "open"),
                    Route.at("stock/bolts").sending(TEXT, "7"),
                    Route.at("stock/washers").sending(TEXT, "7"),
                    Route.at("items"),
                    Route.at("items/nuts"))
                    .assertNoDeviations(base(without.value()), base(with.value()),
                            Warnings.added(without.warnings(), with.warnings()));
        } finally {
            without.value().shutdownNow();
            with.value().shutdownNow();
        }
    }

    private static HttpServer serve(ResourceConfig application) {
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }
}
