package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only an RFC 9110 token of at most 32 characters is echoed in a message. */
class MethodTokenTest {

    @Test
    void tokens() {
        assertTrue(MethodToken.isEchoable("DELETE"));
        assertTrue(MethodToken.isEchoable("X-CUSTOM.1~"));
        assertTrue(MethodToken.isEchoable("A".repeat(32)));
    }

    @Test
    void notTokens() {
        for (String method : new String[] {null, "", "A".repeat(33), "GET POST", "<script>", "A\"B", "A\r\nB", "A\u0000",
                "MÉTHODE", "A,B", "A;B", "{}"}) {
            assertFalse(MethodToken.isEchoable(method), String.valueOf(method));
        }
    }

    @Test
    void aLongTokenIsATokenButNotEchoed() {
        assertTrue(MethodToken.isToken("A".repeat(8192)));
        assertFalse(MethodToken.isToken("GE(T"));
        assertFalse(MethodToken.isToken(""));
    }

    @Test
    void theRecognisedMethodsAreRfc9110sPatchAndQuery() {
        assertEquals(Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY"),
                MethodToken.RECOGNISED);
    }
}
