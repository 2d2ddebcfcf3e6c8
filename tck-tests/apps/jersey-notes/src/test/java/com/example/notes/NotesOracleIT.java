package com.example.notes;

import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The notes API served twice on Grizzly, without and with rest-allow, probed from outside. */
class NotesOracleIT {

    private static final String JSON = "application/json";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        Warnings.Logged<HttpServer> without = Warnings.during(
                () -> serve(new NotesApplication().property("rest-allow.enabled", "false")));
        Warnings.Logged<HttpServer> with = Warnings.during(() -> serve(new NotesApplication()));
        try {
            Oracle.of("jersey-notes",
                    Route.at("notes").sending(JSON, "{\"title\":\"t\",\"text\":\"x\"}"),
                    Route.at("notes/1").sending(JSON, "{\"title\":\"t2\",\"text\":\"y\"}"),
                    Route.at("notes/999").sending(JSON, "{\"title\":\"t3\"}"),
                    Route.at("health"))
                    .assertNoDeviations(base(without.value()), base(with.value()),
                            Warnings.added(without.warnings(), with.warnings()));
        } finally {
            without.value().shutdownNow();
            with.value().shutdownNow();
        }
    }

    private static HttpServer serve(ResourceConfig application) {
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), application);
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/api/");
    }
}
