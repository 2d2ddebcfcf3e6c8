package dev.restallow;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * PROTOTYPE, bench only: installs {@link EarlyMethodNotAllowedResponder} next to rest-allow, with a
 * route model of its own (the extension keeps its own inside RestAllowFeature). Off with
 * {@code rest-allow.enabled=false}, like the extension.
 */
public final class EarlyMethodNotAllowedFeature implements Feature {

    private static final String INSTALLED = "dev.restallow.early405.installed";

    @Override
    public boolean configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getProperty(INSTALLED) != null) {
            return false;
        }
        RestAllowConfig config = RestAllowConfig.read(configuration::getProperty);
        if (!config.enabled()) {
            return false;
        }
        context.property(INSTALLED, Boolean.TRUE);
        ApplicationRouteTable routes = ApplicationRouteTable.of(context);
        context.register(new ResourceClassCollector(routes));
        ErrorResponses responses = new ErrorResponses(config.body(),
                config.body() == BodyFormat.NONE ? null : JsonbSerializer.create());
        // the last pre-matching filter: a method-override filter of the application runs before it
        context.register(new EarlyMethodNotAllowedResponder(routes, responses), Integer.MAX_VALUE);
        return true;
    }
}
