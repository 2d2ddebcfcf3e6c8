package dev.restallow.tck;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Sends any method to the server over real HTTP (java.net.http) and reads the answer. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    /** @param headers name, value, name, value, ... */
    public Reply send(String method, String path, String... headers) {
        return sendWithBody(method, path, null, headers);
    }

    public Reply sendWithBody(String method, String path, String body, String... headers) {
        String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prefix + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        /** The header's only value; fails when it came several times. */
        public String header(String name) {
            List<String> values = headers.allValues(name);
            if (values.size() > 1) {
                throw new AssertionError(name + " sent " + values.size() + " times: " + values);
            }
            return values.isEmpty() ? null : values.get(0);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public List<String> jsonStrings(String member) {
            return json().getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body;
        }
    }
}
