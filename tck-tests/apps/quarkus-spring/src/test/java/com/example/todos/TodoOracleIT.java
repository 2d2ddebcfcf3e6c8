package com.example.todos;

import dev.restallow.apps.oracle.AppProcess;
import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import org.junit.jupiter.api.Test;

/** The built application started twice (java -jar), with quarkus.rest-allow.enabled=false and with rest-allow. */
class TodoOracleIT {

    private static final String JSON = "application/json";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        try (AppProcess without = AppProcess.quarkus("quarkus-spring-without", "-Dquarkus.rest-allow.enabled=false");
                AppProcess with = AppProcess.quarkus("quarkus-spring-with")) {
            Oracle.of("quarkus-spring",
                    Route.at("todos").sending(JSON, "{\"title\":\"oracle\"}"),
                    Route.at("todos/1").sending(JSON, "{\"title\":\"oracle\"}"),
                    Route.at("todos/999"),
                    Route.at("version"))
                    .assertNoDeviations(without.base(), with.base(), Warnings.added(without.warnings(), with.warnings()));
        }
    }
}
