package dev.restallow.internal.body;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.function.Function;

/** The error bodies written by JSON-B; the only class of rest-allow that links to the JSON-B API. */
public final class JsonbSerializer {

    private JsonbSerializer() {
    }

    /**
     * @throws LinkageError when the JSON-B API is not on the class path
     * @throws RuntimeException ({@code JsonbException}) when no JSON-B implementation is found
     */
    public static Function<Object, String> create() {
        Jsonb jsonb = JsonbBuilder.create();
        return jsonb::toJson;
    }
}
