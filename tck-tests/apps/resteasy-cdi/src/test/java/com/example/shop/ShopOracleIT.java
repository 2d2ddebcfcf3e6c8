package com.example.shop;

import dev.restallow.apps.oracle.AppProcess;
import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import org.junit.jupiter.api.Test;

/** The shop started twice (Main, one JVM each: one Weld container per JVM), without and with rest-allow. */
class ShopOracleIT {

    private static final String JSON = "application/json";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        try (AppProcess without = AppProcess.main("resteasy-cdi-without", Main.class.getName(), "-Drest-allow.enabled=false");
                AppProcess with = AppProcess.main("resteasy-cdi-with", Main.class.getName())) {
            Oracle.of("resteasy-cdi",
                    Route.at("orders").sending(JSON, "{\"item\":\"tea\",\"quantity\":1}"),
                    Route.at("orders/1").sending(JSON, "{\"item\":\"tea\",\"quantity\":1}"),
                    Route.at("orders/999"),
                    Route.at("ping"))
                    .assertNoDeviations(without.base(), with.base(), Warnings.added(without.warnings(), with.warnings()));
        }
    }
}
