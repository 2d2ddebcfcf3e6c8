package com.example.shop;

import jakarta.ws.rs.SeBootstrap;

/** Starts the shop with the Jakarta REST Java SE bootstrap on 127.0.0.1, the port as first argument. */
public final class Main {

    private Main() {
    }

    public static SeBootstrap.Instance start(int port) throws Exception {
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                .host("127.0.0.1")
                .port(port)
                .rootPath("/")
                .build();
        return SeBootstrap.start(new ShopApplication(), configuration).toCompletableFuture().get();
    }

    public static void main(String[] args) throws Exception {
        SeBootstrap.Instance instance = start(Integer.parseInt(args.length > 0 ? args[0] : "8080"));
        System.out.println("Listening on: " + instance.configuration().baseUri() + "api/");
        Thread.currentThread().join();
    }
}
