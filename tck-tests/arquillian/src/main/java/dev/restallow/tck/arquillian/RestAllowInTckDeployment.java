package dev.restallow.tck.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.Http;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shows that the TCK runs really had rest-allow active (or really had not, with
 * {@code -Prest-allow.off}): deploys a TCK deployment exactly as the TCK builds it (that of
 * {@code ee.rs.options}, resource {@code Options} with {@code GET get} and {@code OPTIONS options}),
 * through the same {@link RestAllowJarAppender}, and looks at answers only rest-allow gives:
 * the automatic OPTIONS of {@code Options/get} with the canonical Allow and no body, and 501 with
 * the JSON body for DELETE, which no resource of that application implements.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class RestAllowInTckDeployment {

    private static final String PATH = "Options/get";
    private static final String EXACT_ALLOW = "GET, HEAD, OPTIONS";

    @ArquillianResource
    protected URL deployment;

    @Deployment(testable = false)
    public static WebArchive tckOptionsDeployment() throws IOException {
        return ee.jakarta.tck.ws.rs.ee.rs.options.JAXRSClientIT.createDeployment();
    }

    private Http http() {
        return new Http(Loopback.of(deployment));
    }

    @Test
    public void automaticOptions() {
        Http.Reply reply = http().send("OPTIONS", PATH);
        System.out.println("rest-allow TCK check (" + TckExtensionMode.current() + "): OPTIONS " + PATH + " -> " + reply);

        assertEquals(200, reply.status(), reply::toString);
        boolean restAllowAnswer = EXACT_ALLOW.equals(reply.header("Allow")) && reply.body().isEmpty();
        if (TckExtensionMode.current() == TckExtensionMode.ON) {
            assertTrue(restAllowAnswer, () -> "rest-allow is not active in the TCK deployment: " + reply);
        } else {
            assertFalse(restAllowAnswer, () -> "rest-allow answers although the TCK runs without it: " + reply);
        }
    }

    /** No resource of the TCK application implements BREW, which is no standard method: rest-allow answers 501 with its JSON body. */
    @Test
    public void unknownMethod() {
        Http.Reply reply = http().send("BREW", PATH);
        System.out.println("rest-allow TCK check (" + TckExtensionMode.current() + "): BREW " + PATH + " -> " + reply);

        String type = reply.contentType() == null ? "" : reply.contentType();
        if (TckExtensionMode.current() == TckExtensionMode.ON) {
            assertEquals(501, reply.status(), reply::toString);
            assertEquals(EXACT_ALLOW, reply.header("Allow"), reply::toString);
            assertTrue(type.startsWith("application/json"), reply::toString);
            assertEquals(List.of("GET", "HEAD", "OPTIONS"), reply.jsonStrings("allowed_methods"), reply::toString);
        } else {
            assertEquals(405, reply.status(), reply::toString);
            assertFalse(type.startsWith("application/json"), reply::toString);
        }
    }
}
