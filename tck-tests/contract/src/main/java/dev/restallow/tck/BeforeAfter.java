package dev.restallow.tck;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exchanges behind the README's before/after table: a few requests, each sent to the
 * application without rest-allow ("before") and with it ("after"), recorded raw (status, every
 * response header but Date, body) in one JSON file per runtime. {@link BeforeAfterTable} renders
 * and checks the README table from these files.
 *
 * <p>File shape ({@value #FORMAT}):
 * <pre>
 * {"format": "rest-allow-exchanges/1", "runtime": "Jersey 3.1.12 on Grizzly 4.0.2",
 *  "exchanges": [{"id": "delete-on-get-post", "title": "...", "variant": "before",
 *                 "request": {"application": "without", "method": "DELETE", "path": "users", "headers": {}},
 *                 "response": {"status": 405, "headers": {"allow": ["POST,GET,OPTIONS"]}, "body": ""}}, ...]}
 * </pre>
 * Header names are lower case; every value of a header is kept, in order.
 */
public final class BeforeAfter {

    public static final String FORMAT = "rest-allow-exchanges/1";

    /** Where the record goes unless {@value #FILE_PROPERTY} says otherwise: the runner module's target/. */
    public static final String DEFAULT_FILE = "target/rest-allow-exchanges.json";
    public static final String FILE_PROPERTY = "restallow.tck.exchanges";

    /**
     * One request of the table.
     *
     * @param id stable key of the row
     * @param title what the row shows
     * @param mappedOnly true when only the application with its own ExceptionMapper is asked (no "before")
     * @param headers name, value, name, value, ...
     */
    public record Probe(String id, String title, String method, String path, String body, boolean mappedOnly,
            List<String> headers) {
    }

    public static final List<Probe> PROBES = List.of(
            new Probe("delete-on-get-post", "DELETE on a GET, POST path (`users`)", "DELETE", "users", null, false, List.of()),
            new Probe("options-item", "OPTIONS on an item path (`users/7`: GET, PUT, PATCH, DELETE)", "OPTIONS", "users/7",
                    null, false, List.of()),
            new Probe("options-text-plain", "OPTIONS on `users/7` with `Accept: text/plain`", "OPTIONS", "users/7",
                    null, false, List.of("Accept", "text/plain")),
            new Probe("options-locator", "OPTIONS on a locator target (`orgs/acme`: GET)", "OPTIONS", "orgs/acme", null,
                    false, List.of()),
            new Probe("options-below-locator", "OPTIONS below a locator (`orgs/acme/members`: GET, POST)", "OPTIONS",
                    "orgs/acme/members", null, false, List.of()),
            new Probe("delete-below-locator", "DELETE below a locator (`orgs/acme/members`)", "DELETE", "orgs/acme/members",
                    null, false, List.of()),
            new Probe("unknown-method", "unknown method FOO on `users`", "FOO", "users", null, false, List.of()),
            new Probe("recognised-method", "QUERY on `users` (a recognised method no resource implements)", "QUERY",
                    "users", null, false, List.of()),
            new Probe("app-thrown", "PUT `locked`: the application throws `NotAllowedException(\"GET\")`", "PUT", "locked",
                    "x", false, List.of("Content-Type", "text/plain")),
            new Probe("app-mapper", "DELETE `users` with an application `ExceptionMapper<WebApplicationException>`",
                    "DELETE", "users", null, true, List.of()),
            new Probe("app-thrown-mapped", "PUT `locked` (`NotAllowedException(\"GET\")`) with that application mapper",
                    "PUT", "locked", "x", true, List.of("Content-Type", "text/plain")));

    private BeforeAfter() {
    }

    /** Sends every probe and writes the record; returns the file. */
    public static Path record(ContractTargets targets) throws IOException {
        JsonArrayBuilder exchanges = Json.createArrayBuilder();
        for (Probe probe : PROBES) {
            if (probe.mappedOnly()) {
                exchanges.add(exchange(probe, "after", "mapped", targets.mapped()));
            } else {
                exchanges.add(exchange(probe, "before", "without", targets.without()));
                exchanges.add(exchange(probe, "after", "with", targets.with()));
            }
        }
        JsonObject record = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("runtime", ContractTargets.runtimeDescription())
                .add("exchanges", exchanges)
                .build();
        Path file = Path.of(System.getProperty(FILE_PROPERTY, DEFAULT_FILE));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(record);
        }
        return file;
    }

    private static JsonObject exchange(Probe probe, String variant, String application, Http http) {
        String[] headers = probe.headers().toArray(String[]::new);
        Http.Reply reply = http.sendWithBody(probe.method(), probe.path(), probe.body(), headers);
        JsonObjectBuilder requestHeaders = Json.createObjectBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            requestHeaders.add(headers[i], headers[i + 1]);
        }
        JsonObjectBuilder responseHeaders = Json.createObjectBuilder();
        Map<String, List<String>> sorted = new TreeMap<>();
        reply.headers().map().forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), values));
        sorted.remove("date");
        sorted.forEach((name, values) -> responseHeaders.add(name, Json.createArrayBuilder(values)));
        return Json.createObjectBuilder()
                .add("id", probe.id())
                .add("title", probe.title())
                .add("variant", variant)
                .add("request", Json.createObjectBuilder()
                        .add("application", application)
                        .add("method", probe.method())
                        .add("path", probe.path())
                        .add("headers", requestHeaders))
                .add("response", Json.createObjectBuilder()
                        .add("status", reply.status())
                        .add("headers", responseHeaders)
                        .add("body", reply.body()))
                .build();
    }
}
