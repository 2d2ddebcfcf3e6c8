package dev.restallow.tck.generated;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application with its own {@link StatusKeepingMapper} for every WebApplicationException. */
public final class ApplicationMapperProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("generated.application-mapper", "true");
    }
}
