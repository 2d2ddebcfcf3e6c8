package dev.restallow.internal.answer;

import dev.restallow.internal.body.BodyFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The configuration keys of rest-allow, read from system properties first and then from the
 * JAX-RS {@code Configuration} ({@code ResourceConfig.property}, {@code Application#getProperties}).
 * A value outside the allowed ones fails deployment with a message naming the key.
 *
 * @param enabled {@value #ENABLED}: {@code true} (default) or {@code false}
 * @param body {@value #BODY}: the default body of 405 and 501 answers
 * @param optionsFromModel {@value #OPTIONS}: {@code model} (default) answers automatic OPTIONS from
 *     the route model, {@code runtime} leaves them to the runtime
 * @param unknownMethodStatus {@value #UNKNOWN_METHOD}: {@code 501} (default) or {@code 405} for a
 *     method that no resource of the application implements
 * @param strict {@value #STRICT}: {@code true} fails deployment when the start-up checks warn,
 *     {@code false} (default) only logs the warnings
 * @param metrics {@value #METRICS}: {@code true} (default) counts 405s in Micrometer and MicroProfile
 *     Metrics where either is present, {@code false} never looks for them
 */
public record RestAllowConfig(boolean enabled, BodyFormat body, boolean optionsFromModel, int unknownMethodStatus,
        boolean strict, boolean metrics) {

    static final String ENABLED = "rest-allow.enabled";
    static final String BODY = "rest-allow.body";
    static final String OPTIONS = "rest-allow.options";
    static final String UNKNOWN_METHOD = "rest-allow.unknown-method";
    static final String STRICT = "rest-allow.strict";
    static final String METRICS = "rest-allow.metrics";

    /**
     * Reads every key.
     *
     * @param applicationProperty the application's configuration property of a name, or null
     * @throws IllegalStateException for a value that is not allowed
     */
    public static RestAllowConfig read(Function<String, Object> applicationProperty) {
        Function<String, String> value = key -> {
            String system = System.getProperty(key);
            if (system != null) {
                return system;
            }
            Object configured = applicationProperty.apply(key);
            return configured == null ? null : configured.toString();
        };
        boolean enabled = "true".equals(choose(value, ENABLED, "true", List.of("true", "false")));
        BodyFormat body = BodyFormat.valueOf(
                choose(value, BODY, "json", List.of("json", "problem", "none")).toUpperCase(Locale.ROOT));
        boolean fromModel = "model".equals(choose(value, OPTIONS, "model", List.of("model", "runtime")));
        int unknown = Integer.parseInt(choose(value, UNKNOWN_METHOD, "501", List.of("501", "405")));
        boolean strict = "true".equals(choose(value, STRICT, "false", List.of("true", "false")));
        boolean metrics = "true".equals(choose(value, METRICS, "true", List.of("true", "false")));
        return new RestAllowConfig(enabled, body, fromModel, unknown, strict, metrics);
    }

    private static String choose(Function<String, String> value, String key, String defaultValue, List<String> allowed) {
        String raw = value.apply(key);
        if (raw == null) {
            return defaultValue;
        }
        String normalized = raw.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            throw new IllegalStateException("rest-allow: invalid value for configuration key '" + key
                    + "': expected one of " + String.join(", ", allowed));
        }
        return normalized;
    }
}
