package dev.restallow.internal.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.MethodErrorBody;
import dev.restallow.ProblemDetailBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rest-allow's own JSON writer escapes everything RFC 8259 requires and writes what JSON-B writes. */
class JsonTextTest {

    private static String string(String value) {
        return JsonText.object(Map.of("s", value));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void quotationMarkAndReverseSolidus() {
        assertEquals("{\"s\":\"a\\\"b\\\\c/d\"}", string("a\"b\\c/d"));
    }

    @Test
    void controlCharactersUseTheShortEscapesWhereThereAreAny() {
        assertEquals("{\"s\":\"\\b\\f\\n\\r\\t\"}", string("\b\f\n\r\t"));
        assertEquals("{\"s\":\"\\u0000\\u0001\\u001f\"}", string("\u0000\u0001\u001f"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertEquals("{\"s\":\"\\u2028\\u2029\"}", string("\u2028\u2029"));
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        String pair = new String(Character.toChars(0x1F600));
        assertEquals("{\"s\":\"" + pair + "\"}", string(pair));
        assertEquals("{\"s\":\"\\ud83d x \\ude00\"}", string("\ud83d x \ude00"));
        assertEquals("{\"s\":\"\\ude00\\ud83d\"}", string("\ude00\ud83d"));
    }

    @Test
    void everyCharacterSurvivesAParser() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            all.append(c);
        }
        all.append(Character.toChars(0x10FFFF)).append("\uFFFF");
        assertEquals(all.toString(), parse(string(all.toString())).getString("s"));
    }

    @Test
    void numbersBooleansNullsAndLists() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("n", 405);
        members.put("b", true);
        members.put("z", null);
        members.put("l", List.of("GET", "HEAD"));
        members.put("e", List.of());
        assertEquals("{\"n\":405,\"b\":true,\"z\":null,\"l\":[\"GET\",\"HEAD\"],\"e\":[]}", JsonText.object(members));
    }

    @Test
    void writesTheErrorBodiesExactlyAsJsonbDoes() throws Exception {
        List<Object> bodies = List.of(
                new MethodErrorBody("Method Not Allowed", "DELETE is not \"supported\"", List.of("GET", "HEAD", "OPTIONS")),
                new ProblemDetailBody("about:blank", "Method Not Allowed", 405, "PUT is not supported for this resource",
                        "/api/a%20b", List.of("POST", "OPTIONS")),
                new ProblemDetailBody("about:blank", "Not Implemented", 501, "x", null, List.of()));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (Object body : bodies) {
                assertEquals(jsonb.toJson(body), JsonText.object(ErrorBodyMembers.of(body)));
            }
        }
    }
}
