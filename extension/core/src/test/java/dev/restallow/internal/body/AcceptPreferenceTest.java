package dev.restallow.internal.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The client's Accept picks between the two JSON bodies; anything unclear keeps the configured one. */
class AcceptPreferenceTest {

    @Test
    void exactTypesWin() {
        assertEquals(BodyFormat.PROBLEM, AcceptPreference.choose("application/problem+json", BodyFormat.JSON));
        assertEquals(BodyFormat.JSON, AcceptPreference.choose("application/json", BodyFormat.PROBLEM));
    }

    @Test
    void qualityDecides() {
        assertEquals(BodyFormat.JSON,
                AcceptPreference.choose("application/problem+json;q=0.5, application/json", BodyFormat.PROBLEM));
        assertEquals(BodyFormat.PROBLEM,
                AcceptPreference.choose("application/json;q=0.1, application/problem+json;q=0.2", BodyFormat.JSON));
    }

    @Test
    void theMostSpecificRangeGivesTheQuality() {
        assertEquals(BodyFormat.PROBLEM,
                AcceptPreference.choose("application/*;q=0.1, application/problem+json", BodyFormat.JSON));
        assertEquals(BodyFormat.JSON,
                AcceptPreference.choose("*/*, application/problem+json;q=0", BodyFormat.PROBLEM));
    }

    @Test
    void noPreferenceKeepsTheConfiguredFormat() {
        for (String accept : new String[] {null, "", "*/*", "text/html", "application/*", "application/json, application/problem+json"}) {
            assertEquals(BodyFormat.JSON, AcceptPreference.choose(accept, BodyFormat.JSON), accept);
            assertEquals(BodyFormat.PROBLEM, AcceptPreference.choose(accept, BodyFormat.PROBLEM), accept);
        }
    }

    @Test
    void garbageNeverFails() {
        for (String accept : new String[] {";;;", ",,,", "/", "a/", "/b", "application/json;q=", "application/json;q=NaN",
                "application/json;q=2", "application/problem+json;q=-1", "\u0000\u00ff", "x".repeat(100_000)}) {
            assertEquals(BodyFormat.JSON, AcceptPreference.choose(accept, BodyFormat.JSON), accept);
        }
    }

    @Test
    void onlyTheFirstRangesAreRead() {
        String many = "text/plain, ".repeat(10_000) + "application/problem+json";

        assertEquals(BodyFormat.JSON, AcceptPreference.choose(many, BodyFormat.JSON));
    }

    @Test
    void noneStaysNone() {
        assertEquals(BodyFormat.NONE, AcceptPreference.choose("application/problem+json", BodyFormat.NONE));
    }

    @Test
    void thePreferredRangeIsTheHighestQualityThenTheMostSpecificThenTheFirst() {
        assertEquals("text/plain", AcceptPreference.preferred("application/json;q=0.5, text/plain").type());
        assertEquals("text/html", AcceptPreference.preferred("text/html, application/xhtml+xml, */*;q=0.8").type());
        assertEquals("foo/bar", AcceptPreference.preferred("*/*, foo/bar").type());
        assertEquals("text/plain", AcceptPreference.preferred("TEXT/Plain; charset=utf-8").type());
    }

    @Test
    void noPreferredRangeWithoutAWellFormedOne() {
        assertNull(AcceptPreference.preferred(null));
        assertNull(AcceptPreference.preferred(""));
        assertNull(AcceptPreference.preferred("text/plain;q=0"));
        assertNull(AcceptPreference.preferred("a\r\nb/c, x/y/z, (x)/y"));
    }
}
