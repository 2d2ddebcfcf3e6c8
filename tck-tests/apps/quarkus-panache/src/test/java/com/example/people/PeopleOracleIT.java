package com.example.people;

import dev.restallow.apps.oracle.AppProcess;
import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import org.junit.jupiter.api.Test;

/** The built application started twice (java -jar), with quarkus.rest-allow.enabled=false and with rest-allow. */
class PeopleOracleIT {

    private static final String JSON = "application/json";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        try (AppProcess without = AppProcess.quarkus("quarkus-panache-without", "-Dquarkus.rest-allow.enabled=false");
                AppProcess with = AppProcess.quarkus("quarkus-panache-with")) {
            Oracle.of("quarkus-panache",
                    Route.at("people").sending(JSON, "{\"name\":\"Grace Hopper\",\"born\":1906}"),
                    Route.at("people/1").sending(JSON, "{\"id\":1,\"name\":\"Ada King\",\"born\":1815}"),
                    Route.at("people/9999").sending(JSON, "{\"name\":\"Nobody\",\"born\":1}"),
                    Route.at("hello"),
                    Route.at("hello/Ada"))
                    .assertNoDeviations(without.base(), with.base(), Warnings.added(without.warnings(), with.warnings()));
        }
    }
}
