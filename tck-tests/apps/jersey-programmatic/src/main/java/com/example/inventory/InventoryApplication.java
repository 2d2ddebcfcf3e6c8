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
        status.addMethod("GET").produces(MediaType.TEXT_PLAIN_TYPE).handledBy(new ReadStatus(inventory));
        status.addMethod("PUT").consumes(MediaType.TEXT_PLAIN_TYPE).produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy(new WriteStatus(inventory));
        registerResources(status.build());

        Resource.Builder stock = Resource.builder("stock/{name}");
        stock.addMethod("GET").produces(MediaType.TEXT_PLAIN_TYPE).handledBy(new ReadStock(inventory));
        stock.addMethod("PATCH").consumes(MediaType.TEXT_PLAIN_TYPE).produces(MediaType.TEXT_PLAIN_TYPE)
                .handledBy(new PatchStock(inventory));
        registerResources(stock.build());
    }

    /** GET status: "open" or "closed". */
    private record ReadStatus(Inventory inventory) implements Inflector<ContainerRequestContext, Response> {
        @Override
        public Response apply(ContainerRequestContext request) {
            return Response.ok(inventory.open() ? "open" : "closed", MediaType.TEXT_PLAIN_TYPE).build();
        }
    }

    /** PUT status: opens or closes the store. */
    private record WriteStatus(Inventory inventory) implements Inflector<ContainerRequestContext, Response> {
        @Override
        public Response apply(ContainerRequestContext request) {
            String value = text(request).trim();
            if (!value.equals("open") && !value.equals("closed")) {
                return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("open or closed").build();
            }
            inventory.open(value.equals("open"));
            return Response.ok(value, MediaType.TEXT_PLAIN_TYPE).build();
        }
    }

    /** GET stock/{name}: the level as text. */
    private record ReadStock(Inventory inventory) implements Inflector<ContainerRequestContext, Response> {
        @Override
        public Response apply(ContainerRequestContext request) {
            Integer level = inventory.level(request.getUriInfo().getPathParameters().getFirst("name"));
            return level == null ? Response.status(404).build() : Response.ok(level.toString(), MediaType.TEXT_PLAIN_TYPE).build();
        }
    }

    /** PATCH stock/{name}: a new level as text. */
    private record PatchStock(Inventory inventory) implements Inflector<ContainerRequestContext, Response> {
        @Override
        public Response apply(ContainerRequestContext request) {
            String name = request.getUriInfo().getPathParameters().getFirst("name");
            if (inventory.level(name) == null) {
                return Response.status(404).build();
            }
            try {
                int level = Integer.parseInt(text(request).trim());
                inventory.set(name, level);
                return Response.ok(Integer.toString(level), MediaType.TEXT_PLAIN_TYPE).build();
            } catch (NumberFormatException e) {
                return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("a number").build();
            }
        }
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
