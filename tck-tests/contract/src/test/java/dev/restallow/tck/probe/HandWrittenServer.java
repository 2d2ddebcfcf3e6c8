package dev.restallow.tck.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A JDK HTTP server that answers for {@link ShelfResources} from a table written by hand (path →
 * Allow), the way rest-allow would; a test passes a change to break chosen answers.
 */
final class HandWrittenServer implements AutoCloseable {

    /** One answer before it is written. */
    record Answer(String method, String path, int status, String allow, String contentType, String body) {

        Answer withStatus(int newStatus) {
            return new Answer(method, path, newStatus, allow, contentType, body);
        }

        Answer withAllow(String newAllow) {
            return new Answer(method, path, status, newAllow, contentType, body);
        }

        Answer withBody(String newContentType, String newBody) {
            return new Answer(method, path, status, allow, newContentType, newBody);
        }
    }

    /** What rest-allow answers for the shelf resources, written out independently of the probe's model. */
    static final Map<String, String> ALLOW = Map.of(
            "shelves", "GET, HEAD, POST, OPTIONS",
            "shelves/0", "GET, HEAD, DELETE, OPTIONS",
            "shelves/special", "GET, HEAD, OPTIONS",
            "shelves/0/items", "GET, HEAD, OPTIONS, PURGE",
            "shelves/0/items/probe", "PUT, OPTIONS",
            "labels", "POST, OPTIONS",
            "labels/probe", "GET, HEAD, OPTIONS",
            "tree", "GET, HEAD, OPTIONS");

    static {
        // the JDK server writes headers and body in separate packets; with Nagle on, each answer waits ~40 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private HandWrittenServer(HttpServer server) {
        this.server = server;
    }

    /** Serves at {@code /app/} and answers right, then lets {@code change} alter each answer. */
    static HandWrittenServer start(UnaryOperator<Answer> change) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HandWrittenServer handWritten = new HandWrittenServer(server);
        server.createContext("/app/", exchange -> handWritten.answer(exchange, change));
        server.start();
        return handWritten;
    }

    static HandWrittenServer startRight() throws IOException {
        return start(UnaryOperator.identity());
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/app/");
    }

    /** "METHOD path" of every request so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange, UnaryOperator<Answer> change) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath().substring("/app/".length());
        exchange.getRequestBody().readAllBytes();
        requests.add(method + " " + path);
        Answer answer = change.apply(rightAnswer(method, path));
        if (answer.allow() != null) {
            exchange.getResponseHeaders().add("Allow", answer.allow());
        }
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = body.length == 0 || method.equals("HEAD");
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static Answer rightAnswer(String method, String path) {
        String allow = ALLOW.get(path);
        if (allow == null) {
            return new Answer(method, path, 404, null, null, null);
        }
        List<String> allowed = List.of(allow.split(", "));
        if (method.equals("OPTIONS")) {
            return path.equals("labels")
                    ? new Answer(method, path, 204, null, null, null)
                    : new Answer(method, path, 200, allow, null, null);
        }
        if (allowed.contains(method)) {
            return new Answer(method, path, 200, null, "text/plain", "served");
        }
        String json = "{\"error\":\"Method Not Allowed\",\"allowed_methods\":[\""
                + String.join("\",\"", allowed) + "\"]}";
        return new Answer(method, path, 405, allow, "application/json", json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
