package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method that is not an RFC 9110 token is a malformed request: where the runtime would answer it
 * 405, rest-allow answers 400 with its JSON body, and never echoes the method. Where the HTTP server
 * refuses it before Jakarta REST (most do), its own answer stays.
 */
class MalformedMethodTest {

    private final ContractTargets targets = ContractTargets.current();
    private final RawHttp with = new RawHttp(targets.withRestAllow());
    private final RawHttp without = new RawHttp(targets.withoutRestAllow());

    @Test
    void aMethodWithSeparatorsIs400() {
        for (String method : List.of("GE(T", "A,B", "A{B}", "A\"B")) {
            RawHttp.Answer runtimes = without.send(method, "users");
            RawHttp.Answer answer = with.send(method, "users");

            if (runtimes.status() != 405) {
                assertEquals(runtimes.status(), answer.status(), method + ": " + answer);
                continue;
            }
            assertEquals(400, answer.status(), method + ": " + answer);
            assertEquals("application/json", answer.header("Content-Type"), method + ": " + answer);
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                json = reader.readObject();
            }
            assertEquals("Bad Request", json.getString("error"));
            assertEquals("The request method is not a valid HTTP method token", json.getString("message"));
            assertFalse(answer.body().contains(method), answer.toString());
        }
    }
}
