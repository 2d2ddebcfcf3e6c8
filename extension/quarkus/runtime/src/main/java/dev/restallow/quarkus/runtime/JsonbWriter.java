package dev.restallow.quarkus.runtime;

import io.quarkus.arc.Arc;
import jakarta.json.bind.Jsonb;
import java.util.Map;
import java.util.function.Function;

/** Writes rest-allow's bodies with the application's {@code Jsonb}; loaded only where JSON-B is present. */
final class JsonbWriter implements Function<Map<String, Object>, String> {

    private final Jsonb jsonb = Arc.container().instance(Jsonb.class).get();

    @Override
    public String apply(Map<String, Object> members) {
        return jsonb.toJson(members);
    }
}
