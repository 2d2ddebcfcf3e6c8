package dev.restallow.http;

import dev.restallow.tck.Http;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Jersey server for a whole test class: {@code @RegisterExtension static final JerseyApp app =
 * JerseyApp.of(Deployments::withRestAllow);} starts it before the first test and stops it after the last.
 */
public final class JerseyApp implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<ResourceConfig> application;
    private JerseyServer server;

    private JerseyApp(Supplier<ResourceConfig> application) {
        this.application = application;
    }

    public static JerseyApp of(Supplier<ResourceConfig> application) {
        return new JerseyApp(application);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = JerseyServer.start(application.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public Http http() {
        return server.http();
    }

    public java.net.URI base() {
        return server.base();
    }
}
