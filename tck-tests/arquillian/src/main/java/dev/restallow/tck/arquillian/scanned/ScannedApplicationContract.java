package dev.restallow.tck.arquillian.scanned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.Http;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scanned application's root class with only a sub-resource locator is in rest-allow's route
 * model on every server: below the locator, OPTIONS and 405 name the exact methods and an unknown
 * method is 501, as at any other path. {@link ScannedApplicationOnServer} runs it on an Arquillian
 * container; a runner that starts its server itself extends this class directly.
 */
public abstract class ScannedApplicationContract {

    /** Where the deployed {@link ScannedDeployment} answers: {@code http://127.0.0.1:port/rest-allow-scanned/}. */
    protected abstract URI deployment();

    private Http application() {
        return new Http(deployment().resolve("scanned/"));
    }

    @Test
    public void automaticOptionsBelowTheLocatorNamesTheExactMethods() {
        Http.Reply collection = application().send("OPTIONS", "accounts/acme/invoices");
        Http.Reply item = application().send("OPTIONS", "accounts/acme/invoices/7");

        assertEquals(200, collection.status(), collection.toString());
        assertEquals("GET, HEAD, POST, OPTIONS", collection.header("Allow"));
        assertEquals(200, item.status(), item.toString());
        assertEquals("GET, HEAD, DELETE, OPTIONS", item.header("Allow"));
    }

    @Test
    public void a405BelowTheLocatorNamesTheExactMethods() {
        Http.Reply reply = application().send("PUT", "accounts/acme/invoices/7");

        assertEquals(405, reply.status(), reply.toString());
        assertEquals("GET, HEAD, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
        assertEquals(List.of("GET", "HEAD", "DELETE", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    public void anUnknownMethodBelowTheLocatorIs501() {
        Http.Reply reply = application().send("FOO", "accounts/acme/invoices");

        assertEquals(501, reply.status(), reply.toString());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("Not Implemented", reply.json().getString("error"));
    }

    @Test
    public void theApplicationsOwnAnswersStay() {
        Http.Reply invoices = application().send("GET", "accounts/acme/invoices");
        Http.Reply status = application().send("GET", "status");

        assertEquals(200, invoices.status(), invoices.toString());
        assertEquals("invoices of acme", invoices.body());
        assertEquals(200, status.status(), status.toString());
        assertEquals("up", status.body());
    }
}
