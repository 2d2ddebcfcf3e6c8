package dev.restallow.http;

import dev.restallow.tck.Http;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.test.DeploymentContext;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.ServletDeploymentContext;
import org.glassfish.jersey.test.TestProperties;
import org.glassfish.jersey.test.grizzly.GrizzlyTestContainerFactory;
import org.glassfish.jersey.test.grizzly.GrizzlyWebTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;

/** A real Jersey 3.1 server on Grizzly, on 127.0.0.1 and a free port, started through the Jersey test framework. */
public final class JerseyServer implements AutoCloseable {

    private final JerseyTest jersey;

    private JerseyServer(JerseyTest jersey) {
        this.jersey = jersey;
    }

    /** Jersey on plain Grizzly HTTP. */
    public static JerseyServer start(ResourceConfig application) {
        return start(new JerseyTest() {
            @Override
            protected Application configure() {
                forceSet(TestProperties.CONTAINER_PORT, "0");
                return application;
            }

            @Override
            protected TestContainerFactory getTestContainerFactory() {
                return new GrizzlyTestContainerFactory();
            }
        });
    }

    /** Jersey's {@link ServletContainer} on Grizzly's Servlet container, where entity-less errors go through sendError. */
    public static JerseyServer startServlet(ResourceConfig application) {
        return start(new JerseyTest() {
            @Override
            protected DeploymentContext configureDeployment() {
                forceSet(TestProperties.CONTAINER_PORT, "0");
                return ServletDeploymentContext.forServlet(new ServletContainer(application)).build();
            }

            @Override
            protected TestContainerFactory getTestContainerFactory() {
                return new GrizzlyWebTestContainerFactory();
            }
        });
    }

    private static JerseyServer start(JerseyTest jersey) {
        try {
            jersey.setUp();
        } catch (Exception e) {
            throw new IllegalStateException("Jersey did not start", e);
        }
        return new JerseyServer(jersey);
    }

    public URI base() {
        URI uri = jersey.target().getUri();
        return URI.create("http://127.0.0.1:" + uri.getPort() + uri.getPath());
    }

    public Http http() {
        return new Http(base());
    }

    @Override
    public void close() {
        try {
            jersey.tearDown();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
