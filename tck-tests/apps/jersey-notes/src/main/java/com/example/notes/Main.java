package com.example.notes;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** Starts the notes API on Grizzly. */
public final class Main {

    private Main() {
    }

    public static HttpServer start(URI base) {
        return GrizzlyHttpServerFactory.createHttpServer(base, new NotesApplication());
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = start(URI.create(args.length > 0 ? args[0] : "http://localhost:8080/api/"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}
