package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.SeBootstrap;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static SeBootstrap.Instance shop;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        shop = Main.start(port);
        base = URI.create("http://127.0.0.1:" + port + "/api/");
    }

    @AfterAll
    static void stop() throws Exception {
        shop.stop().toCompletableFuture().get();
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String json, String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void placesAndCancelsAnOrder() throws Exception {
        HttpResponse<String> placed = send("POST", "orders", "{\"item\":\"tea\",\"quantity\":1}");
        assertEquals(201, placed.statusCode());
        assertTrue(placed.body().contains("\"state\":\"open\""), placed.body());
        String id = placed.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        HttpResponse<String> cancelled = send("DELETE", "orders/" + id, null);
        assertEquals(200, cancelled.statusCode());
        assertTrue(cancelled.body().contains("\"state\":\"cancelled\""));
        assertTrue(send("GET", "orders/" + id, null).body().contains("cancelled"));
    }

    @Test
    void anOrderWithoutItemIsRefused() throws Exception {
        HttpResponse<String> response = send("POST", "orders", "{\"quantity\":0}");
        assertEquals(422, response.statusCode());
        assertEquals("item and quantity are required", response.body());
    }

    @Test
    void listsOrders() throws Exception {
        HttpResponse<String> response = send("GET", "orders", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("coffee"));
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void aMissingOrderIs404() throws Exception {
        assertEquals(404, send("GET", "orders/999", null).statusCode());
        assertEquals(404, send("GET", "customers", null).statusCode());
    }

    @Test
    void ordersCannotBeReplaced() throws Exception {
        HttpResponse<String> response = send("PUT", "orders", "{}");
        assertEquals(405, response.statusCode());
        String allow = response.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void pingAnswersPongAndHead() throws Exception {
        assertEquals("pong", send("GET", "ping", null).body());
        HttpResponse<String> head = send("HEAD", "ping", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void optionsListsTheMethods() throws Exception {
        HttpResponse<String> response = send("OPTIONS", "orders/1", null, "text/plain");
        assertEquals(200, response.statusCode());
        Set<String> allow = Arrays.stream(response.headers().firstValue("Allow").orElse("").split(","))
                .map(String::trim).collect(Collectors.toSet());
        assertEquals(Set.of("GET", "HEAD", "DELETE", "OPTIONS"), allow);
    }
}
