package dev.restallow.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls rest-allow's methods on the Dev UI's JSON-RPC websocket ({@code /q/dev-ui/json-rpc-ws}), as
 * the card's pages do (Dev UI's {@code jsonrpc.js} names a method {@code namespace_method}):
 * {@code {"jsonrpc":"2.0","id":1,"method":"rest-allow-quarkus_routes","params":{}}}; the answer with
 * that id carries the method's value in {@code result.object}.
 */
final class DevUiJsonRpc {

    /** The Dev UI's namespace of an extension: its runtime artifact. */
    static final String NAMESPACE = "rest-allow-quarkus";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();

    private DevUiJsonRpc() {
    }

    static JsonNode call(URI base, String method) throws Exception {
        int id = IDS.incrementAndGet();
        ObjectNode request = JSON.createObjectNode()
                .put("jsonrpc", "2.0")
                .put("id", id)
                .put("method", NAMESPACE + "_" + method);
        request.putObject("params");
        Answer answer = new Answer(id);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + base.getAuthority() + "/q/dev-ui/json-rpc-ws"), answer)
                .get(30, TimeUnit.SECONDS);
        try {
            socket.sendText(JSON.writeValueAsString(request), true).get(30, TimeUnit.SECONDS);
            JsonNode response = answer.message.get(60, TimeUnit.SECONDS);
            JsonNode result = response.path("result");
            if (result.isMissingNode()) {
                throw new AssertionError(NAMESPACE + "_" + method + " answered no result: " + response);
            }
            return result.has("object") ? result.get("object") : result;
        } finally {
            socket.abort();
        }
    }

    /** Collects the text frames of one message and keeps the message that answers {@code id}. */
    private static final class Answer implements WebSocket.Listener {

        private final int id;
        private final StringBuilder frames = new StringBuilder();
        final CompletableFuture<JsonNode> message = new CompletableFuture<>();

        Answer(int id) {
            this.id = id;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                try {
                    JsonNode received = JSON.readTree(frames.toString());
                    if (received.path("id").asInt(-1) == id) {
                        message.complete(received);
                    }
                } catch (Exception notJson) {
                    message.completeExceptionally(notJson);
                }
                frames.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            message.completeExceptionally(error);
        }
    }
}
