package dev.restallow.tck.generated;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** {@link SuccessesUnchangedTest}'s checks on the same application without rest-allow ({@code quarkus.rest-allow.enabled=false}). */
@QuarkusTest
@TestProfile(SuccessesWithoutRestAllowTest.WithoutRestAllow.class)
public class SuccessesWithoutRestAllowTest extends SuccessesUnchangedTest {

    public static final class WithoutRestAllow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-allow.enabled", "false");
        }
    }
}
