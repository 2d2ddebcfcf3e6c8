package com.example.inventory;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;

/**
 * The annotated item resources, plus two resources built in code: {@code status} (GET, PUT: open or closed)
 * and {@code stock/{name}} (GET, PATCH: a new level as text).
 */
public class InventoryApplication extends ResourceConfig {

    public InventoryApplication() {
        Inventory inventory = new Inventory();
        register(ItemsResource.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(inventory).to(Inventory.class);
            }
        });

        Resource.Builder status = Resource.builder("status");
        status.addMethod("GET").produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy((Inflector<ContainerRequestContext, String>) request -> inventory.open() ? "open" : "closed");
        status.addMethod("PUT").consumes(MediaType.TEXT_PLAIN_TYPE).produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy((Inflector<ContainerRequestContext, Response>) request -> {
                    String value = text(request).trim();
                    if (!value.equals("open") && !value.equals("closed")) {
                        return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("open or closed").build();
                    }
                    inventory.open(value.equals("open"));
                    return Response.ok(value, MediaType.TEXT_PLAIN_TYPE).build();
                });
        registerResources(status.build());

        Resource.Builder stock = Resource.builder("stock/{name}");
        stock.addMethod("GET").produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy((Inflector<ContainerRequestContext, Response>) request -> {
                    Integer level = inventory.level(request.getUriInfo().getPathParameters().getFirst("name"));
                    return level == null ? Response.status(404).build() : Response.ok(level.toString()).build();
                });
        stock.addMethod("PATCH").consumes(MediaType.TEXT_PLAIN_TYPE).produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy((Inflector<ContainerRequestContext, Response>) request -> {
                    String name = request.getUriInfo().getPathParameters().getFirst("name");
                    if (inventory.level(name) == null) {
                        return Response.status(404).build();
                    }
                    try {
                        int level = Integer.parseInt(text(request).trim());
                        inventory.set(name, level);
                        return Response.ok(Integer.toString(level)).build();
                    } catch (NumberFormatException e) {
                        return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("a number").build();
                    }
                });
        registerResources(stock.build());
    }

    private static String text(ContainerRequestContext request) {
        try (InputStream in = request.getEntityStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
