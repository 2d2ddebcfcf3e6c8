package dev.restallow.quarkus.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/** Writes rest-allow's bodies with the application's {@code ObjectMapper}; loaded only where Jackson is present. */
final class JacksonWriter implements Function<Map<String, Object>, String> {

    private final ObjectMapper mapper = Arc.container().instance(ObjectMapper.class).get();

    @Override
    public String apply(Map<String, Object> members) {
        try {
            return mapper.writeValueAsString(members);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
