package dev.restallow.quarkus.runtime;

import dev.restallow.internal.answer.RestAllowAnswers;
import dev.restallow.internal.answer.RestAllowConfig;
import dev.restallow.internal.body.BodyFormat;
import dev.restallow.internal.route.ResourceModel;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Hands the route model that the build read from the index to the runtime, together with the
 * configuration read at start-up.
 */
@Recorder
public class RestAllowRecorder {

    private final RuntimeValue<RestAllowRuntimeConfig> config;

    public RestAllowRecorder(RuntimeValue<RestAllowRuntimeConfig> config) {
        this.config = config;
    }

    /**
     * The answers bean: the route table of {@code model}, the configuration, and the body writer of
     * {@code json}; on Quarkus REST ({@code quarkusRest}) also correcting its routing answers that the
     * model shows to be wrong.
     */
    public Supplier<RestAllowAnswers> answers(ResourceModel model, JsonLibrary json, boolean quarkusRest) {
        RestAllowRuntimeConfig runtimeConfig = config.getValue();
        int unknownMethod = runtimeConfig.unknownMethod();
        if (unknownMethod != 501 && unknownMethod != 405) {
            throw new IllegalStateException("rest-allow: invalid value for configuration key"
                    + " 'quarkus.rest-allow.unknown-method': expected one of 501, 405");
        }
        RestAllowConfig typed = new RestAllowConfig(runtimeConfig.enabled(),
                BodyFormat.valueOf(runtimeConfig.body().name()),
                runtimeConfig.options() == RestAllowRuntimeConfig.Options.MODEL, unknownMethod, false,
                runtimeConfig.metrics());
        Function<Map<String, Object>, String> writer = runtimeConfig.enabled() ? writer(json) : null;
        RestAllowAnswers answers = quarkusRest
                ? RestAllowAnswers.forQuarkusRest(model, typed, writer)
                : RestAllowAnswers.forQuarkusResteasy(model, typed, writer);
        return () -> answers;
    }

    /**
     * Logs the start-up report that the build made (the build also logged its warnings): the
     * summary at INFO, the route table at DEBUG, to the logger {@code dev.restallow}.
     */
    public void logStartupReport(String summary, List<String> routeTable) {
        if (!config.getValue().enabled()) {
            return;
        }
        Logger log = Logger.getLogger("dev.restallow");
        log.info(summary);
        if (log.isDebugEnabled()) {
            log.debug("rest-allow: routes\n  " + String.join("\n  ", routeTable));
        }
    }

    private static Function<Map<String, Object>, String> writer(JsonLibrary json) {
        return switch (json) {
            case JACKSON -> new JacksonWriter();
            case JSONB -> new JsonbWriter();
            case NONE -> null;
        };
    }
}
