package dev.restallow.tck.arquillian;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** Deployment URLs with the host set to 127.0.0.1. */
public final class Loopback {

    private Loopback() {
    }

    /**
     * Payara Micro reports the machine's first non-loopback address as its host; the servers
     * listen on 127.0.0.1 only, and the tests talk to nothing else.
     */
    public static URI of(URL deployment) {
        try {
            URI uri = deployment.toURI();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), path.endsWith("/") ? path : path + "/",
                    null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(deployment.toString(), e);
        }
    }
}
