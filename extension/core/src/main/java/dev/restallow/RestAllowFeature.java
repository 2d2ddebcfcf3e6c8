package dev.restallow;

import dev.restallow.internal.answer.RestAllowConfig;
import dev.restallow.internal.answer.RestAllowProviders;
import dev.restallow.internal.scan.ResteasyFeatureRegistration;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * rest-allow: every 405 Method Not Allowed gets an exact {@code Allow} header and a JSON body,
 * automatic OPTIONS answers tell the truth, and a method no resource implements gets 501.
 *
 * <p>Found by the runtime through {@code META-INF/services/jakarta.ws.rs.core.Feature}; register it
 * yourself ({@code resourceConfig.register(RestAllowFeature.class)}) only where service-loader
 * discovery is switched off or missing (Apache CXF 4.2 has none:
 * {@code serverFactoryBean.setProvider(new RestAllowFeature())}). Configuration keys (system
 * properties win over application properties):
 * <ul>
 *   <li>{@code rest-allow.enabled}: {@code true} (default) or {@code false}</li>
 *   <li>{@code rest-allow.body}: {@code json} (default), {@code problem} (RFC 9457) or {@code none};
 *       a client whose {@code Accept} prefers the other JSON type gets that one</li>
 *   <li>{@code rest-allow.options}: {@code model} (default) or {@code runtime}</li>
 *   <li>{@code rest-allow.unknown-method}: {@code 501} (default) or {@code 405}</li>
 *   <li>{@code rest-allow.strict}: {@code false} (default) logs the start-up checks' warnings
 *       (the start-up report), {@code true} fails deployment when there are any</li>
 *   <li>{@code rest-allow.metrics}: {@code true} (default) counts every 405 as
 *       {@code restallow.method.not.allowed}, tagged {@code route} (template) and {@code method}, in
 *       Micrometer's global registry and in MicroProfile Metrics where they are present;
 *       {@code false} never looks for them</li>
 * </ul>
 *
 * <p>At deployment it logs, to the {@code java.util.logging} logger {@code dev.restallow}, one INFO
 * line (routes, methods, warnings), the route table at FINE, and each warning at WARNING.
 */
public final class RestAllowFeature implements Feature {

    /** Set once per application, so that registering the feature twice installs it once. */
    private static final String INSTALLED = "dev.restallow.installed";

    @Override
    public boolean configure(FeatureContext context) {
        // before anything else: RESTEasy's SeBootstrap would register the class again, warning each time
        ResteasyFeatureRegistration.registeredOnce(RestAllowFeature.class);
        Configuration configuration = context.getConfiguration();
        if (configuration.getProperty(INSTALLED) != null) {
            return false;
        }
        RestAllowConfig config = RestAllowConfig.read(configuration::getProperty);
        if (!config.enabled()) {
            return false;
        }
        context.property(INSTALLED, Boolean.TRUE);
        RestAllowProviders.register(context, config);
        return true;
    }
}
