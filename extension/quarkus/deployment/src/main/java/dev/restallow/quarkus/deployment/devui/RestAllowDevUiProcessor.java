package dev.restallow.quarkus.deployment.devui;

import dev.restallow.quarkus.deployment.StartupReportBuildItem;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.devui.spi.buildtime.BuildTimeActionBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import java.util.Optional;

/**
 * The rest-allow card of the Dev UI ({@code /q/dev-ui}), in local dev mode only: the route table with
 * each route's {@code Allow} and the resource methods answering there, and the start-up warnings with
 * their example requests. Both pages read the build's start-up report through two build-time JSON-RPC
 * methods, {@value #ROUTES} and {@value #WARNINGS}; a live reload builds them anew.
 */
class RestAllowDevUiProcessor {

    static final String ROUTES = "routes";
    static final String WARNINGS = "warnings";

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    void card(Optional<StartupReportBuildItem> report, BuildProducer<CardPageBuildItem> cards) {
        report.ifPresent(startupReport -> {
            CardPageBuildItem card = new CardPageBuildItem();
            card.addPage(Page.webComponentPageBuilder()
                    .title("Routes")
                    .icon("font-awesome-solid:route")
                    .componentLink("qwc-rest-allow-routes.js")
                    .staticLabel(String.valueOf(startupReport.routes().size())));
            card.addPage(Page.webComponentPageBuilder()
                    .title("Start-up warnings")
                    .icon("font-awesome-solid:triangle-exclamation")
                    .componentLink("qwc-rest-allow-warnings.js")
                    .staticLabel(String.valueOf(startupReport.warnings().size())));
            cards.produce(card);
        });
    }

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    void actions(Optional<StartupReportBuildItem> report, BuildProducer<BuildTimeActionBuildItem> actions) {
        report.ifPresent(startupReport -> {
            BuildTimeActionBuildItem action = new BuildTimeActionBuildItem();
            action.actionBuilder().methodName(ROUTES).function(parameters -> startupReport.routes()).build();
            action.actionBuilder().methodName(WARNINGS).function(parameters -> startupReport.warnings()).build();
            actions.produce(action);
        });
    }
}
