package dev.restallow.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Real HTTP against the running application: java.net.http, and a raw socket where the bytes themselves matter. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    static HttpResponse<String> send(URI base, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> sendBody(URI base, String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request on a fresh connection with {@code Connection: close} and returns every byte the
     * server wrote until it closed the connection: headers, and any body bytes.
     */
    static String raw(URI base, String method, String path) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String request = method + " " + base.resolve(path).getRawPath() + " HTTP/1.1\r\nHost: " + base.getHost()
                    + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> r) {
        try {
            return JSON.readValue(r.body(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("not a JSON object:\n" + describe(r), e);
        }
    }

    static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** Request line, status, headers and body, for assertion messages. */
    static String describe(HttpResponse<String> r) {
        StringBuilder text = new StringBuilder(r.request().method()).append(' ').append(r.uri())
                .append("\nHTTP ").append(r.statusCode()).append('\n');
        r.headers().map().forEach((name, values) -> values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
        return text.append('\n').append(r.body()).toString();
    }
}
