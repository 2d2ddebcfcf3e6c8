package dev.restallow;

import dev.restallow.internal.answer.AllowResolver;
import dev.restallow.internal.answer.AutomaticOptionsResponder;
import dev.restallow.internal.answer.CxfClientErrorMapper;
import dev.restallow.internal.answer.NotAllowedMapper;
import dev.restallow.internal.answer.NotAllowedResponseFilter;
import dev.restallow.internal.answer.OptionsConvention;
import dev.restallow.internal.answer.RestAllowConfig;
import dev.restallow.internal.answer.UnknownMethodResponder;
import dev.restallow.internal.body.BodyFormat;
import dev.restallow.internal.body.ErrorBodyMembers;
import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.body.JsonText;
import dev.restallow.internal.body.JsonbSerializer;
import dev.restallow.internal.check.StartupReport;
import dev.restallow.internal.metrics.NotAllowedMetric;
import dev.restallow.internal.route.RouteTableSource;
import dev.restallow.internal.route.runtime.RoutingRule;
import dev.restallow.internal.scan.ApplicationRootClasses;
import dev.restallow.internal.scan.JerseyProgrammaticResources;
import dev.restallow.internal.scan.ResourceClassCollector;
import dev.restallow.internal.scan.ResteasyFeatureRegistration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.Function;
import java.util.logging.Logger;

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
 *       ({@link StartupReport}), {@code true} fails deployment when there are any</li>
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

    private static final Logger LOG = Logger.getLogger("dev.restallow");

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

        RouteTableSource routes = RouteTableSource.of(context);
        StartupReport report = reportAtDeployment(routes);
        if (report != null) {
            report.log(LOG);
            if (config.strict() && !report.findings().isEmpty()) {
                throw new IllegalStateException(report.strictFailure());
            }
        }

        ErrorResponses responses = new ErrorResponses(config.body(), json(config.body()));
        AllowResolver allowResolver = new AllowResolver(routes);
        context.register(new ResourceClassCollector(routes));
        // before any other pre-matching filter: the first lookup must see every root class
        context.register(new ApplicationRootClasses(routes), 0);
        boolean jersey = routes.rule() == RoutingRule.JERSEY;
        if (jersey) {
            // resources built in code are only in Jersey's own model
            context.register(new JerseyProgrammaticResources(routes), 0);
        }
        if (config.optionsFromModel()) {
            OptionsConvention convention = jersey ? OptionsConvention.JERSEY : OptionsConvention.PLAIN_TEXT_LIST;
            context.register(new AutomaticOptionsResponder(routes, convention), Priorities.USER);
        }
        if (config.unknownMethodStatus() == 501) {
            context.register(new UnknownMethodResponder(routes, responses, CxfClientErrorMapper.isCxf(context)),
                    Priorities.USER);
        }
        // the lowest precedence, so that an application's own ExceptionMapper<NotAllowedException> wins
        NotAllowedMapper notAllowedMapper = new NotAllowedMapper(allowResolver, responses);
        context.register(notAllowedMapper, Integer.MAX_VALUE);
        if (CxfClientErrorMapper.isCxf(context)) {
            context.register(new CxfClientErrorMapper(notAllowedMapper), Integer.MAX_VALUE);
        }
        // response filters run in descending priority order: a low value runs after the application's
        context.register(new NotAllowedResponseFilter(routes, responses,
                NotAllowedMetric.of(routes, config.metrics()), false), 10);
        return true;
    }

    /** The start-up report, or null when no root class is known yet or the report fails (a {@code @Path} that is not a valid template). */
    private static StartupReport reportAtDeployment(RouteTableSource routes) {
        try {
            return routes.reportAtDeployment();
        } catch (RuntimeException e) {
            // an invalid template: the runtime reports its own deployment error for it, or accepts what
            // rest-allow cannot parse; the checks never stop an application that strict mode lets through
            LOG.warning("rest-allow: no start-up report: " + e);
            return null;
        }
    }

    /**
     * JSON-B where the runtime or the application has an implementation (Payara, WildFly, Jersey or
     * RESTEasy with Yasson), else rest-allow's own writer: the bodies are the same JSON either way.
     * JSON-B is only touched inside {@link JsonbSerializer}, so this class loads without its API.
     */
    private static Function<Object, String> json(BodyFormat body) {
        if (body == BodyFormat.NONE) {
            return null;
        }
        try {
            return JsonbSerializer.create();
        } catch (LinkageError | RuntimeException noJsonb) {
            LOG.fine(() -> "rest-allow: no JSON-B implementation (" + noJsonb + "), its own JSON writer writes the bodies");
            return errorBody -> JsonText.object(ErrorBodyMembers.of(errorBody));
        }
    }
}
