package dev.restallow.tck.generated.spring;

import dev.restallow.tck.generated.SuccessesWithoutRestAllowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link SpringSuccessesUnchangedTest}'s checks without rest-allow ({@code quarkus.rest-allow.enabled=false}). */
@QuarkusTest
@TestProfile(SuccessesWithoutRestAllowTest.WithoutRestAllow.class)
class SpringSuccessesWithoutRestAllowTest extends SpringSuccessesUnchangedTest {
}
