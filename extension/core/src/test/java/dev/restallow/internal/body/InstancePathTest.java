package dev.restallow.internal.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The problem instance reflects the path only as a safely encoded URI reference. */
class InstancePathTest {

    @Test
    void ordinaryPathsStay() {
        assertEquals("/api/users/7;v=1", InstancePath.of("/api/users/7;v=1"));
        assertEquals("/a%20b", InstancePath.of("/a%20b"));
    }

    @Test
    void everythingElseIsEncoded() {
        assertEquals("/%3Cscript%3E%22%5C", InstancePath.of("/<script>\"\\"));
        assertEquals("/%25zz", InstancePath.of("/%zz"));
        assertEquals("/%C3%A9%0D%0A", InstancePath.of("/é\r\n"));
    }

    @Test
    void longPathsAreCut() {
        assertEquals(InstancePath.MAX_LENGTH, InstancePath.of("/" + "a".repeat(70_000)).length());
    }
}
