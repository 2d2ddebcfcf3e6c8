package dev.restallow.internal.answer;

import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.check.StartupReporting;
import dev.restallow.internal.metrics.NotAllowedMetric;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.route.runtime.RoutingRule;
import dev.restallow.internal.scan.ApplicationRootClasses;
import dev.restallow.internal.scan.JerseyProgrammaticResources;
import dev.restallow.internal.scan.ResourceClassCollector;
import dev.restallow.internal.scan.ResteasyRootClasses;
import dev.restallow.internal.scan.RootClasses;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.logging.Logger;

/**
 * The one place that makes rest-allow's providers for an application, in request order: the
 * pre-matching filters (automatic OPTIONS, 501), the 405 mapper, the response filter. The feature
 * registers them in the runtime ({@link #registerIn}); the Quarkus extension hands them the
 * request state from its own beans ({@link RestAllowAnswers}).
 */
public final class RestAllowProviders {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final RoutingRule rule;
    /** Null where {@code rest-allow.options=runtime}. */
    final AutomaticOptionsResponder options;
    /** Null where {@code rest-allow.unknown-method=405}. */
    final UnknownMethodResponder unknownMethods;
    final NotAllowedMapper mapper;
    final NotAllowedResponseFilter responseFilter;
    /** Null except on Quarkus REST. */
    final NotFoundBelowLocator notFoundBelowLocator;

    private RestAllowProviders(RestAllowConfig config, ApplicationRouteTable routes, RoutingRule rule,
            ErrorResponses responses, boolean correctsQuarkusRestRouting) {
        this.rule = rule;
        OptionsConvention convention = rule == RoutingRule.JERSEY ? OptionsConvention.JERSEY : OptionsConvention.PLAIN_TEXT_LIST;
        this.options = config.optionsFromModel()
                ? new AutomaticOptionsResponder(routes, convention, correctsQuarkusRestRouting) : null;
        this.unknownMethods = config.unknownMethodStatus() == 501
                ? new UnknownMethodResponder(routes, responses, rule == RoutingRule.CXF) : null;
        AllowResolver allowResolver = rule == RoutingRule.JERSEY ? AllowResolver.forJersey(routes) : AllowResolver.of(routes);
        this.mapper = new NotAllowedMapper(allowResolver, responses);
        this.notFoundBelowLocator = correctsQuarkusRestRouting ? new NotFoundBelowLocator(routes) : null;
        this.responseFilter = new NotAllowedResponseFilter(allowResolver, responses,
                NotAllowedMetric.of(routes, config.metrics()), notFoundBelowLocator);
    }

    /**
     * The providers for the application a feature is configured for: the runtime's
     * {@link RoutingRule}, and the root classes the runtime shows the feature (its configuration's
     * classes and instances, and RESTEasy's deployment, which lists them only there). The route
     * table is built now and the start-up report logged.
     *
     * @throws StartupReporting.StrictChecksFailed in strict mode where the start-up checks warn
     */
    public static void register(FeatureContext context, RestAllowConfig config) {
        Configuration configuration = context.getConfiguration();
        RoutingRule rule = RoutingRule.ofRuntime(context, configuration);
        RootClasses rootClasses = new RootClasses();
        configuration.getClasses().forEach(rootClasses::add);
        configuration.getInstances().forEach(instance -> rootClasses.add(instance.getClass()));
        rootClasses.addAll(ResteasyRootClasses.find(), RootClasses.RESTEASY_DEPLOYMENT);
        ApplicationRouteTable routes = new ApplicationRouteTable(rootClasses, rule, new StartupReporting(config.strict()));
        try {
            routes.buildAtDeployment();
        } catch (StartupReporting.StrictChecksFailed failed) {
            throw failed;
        } catch (RuntimeException invalidTemplate) {
            // the runtime reports its own deployment error for a @Path it cannot parse either
            LOG.warning("rest-allow: no start-up report: " + invalidTemplate);
        }
        new RestAllowProviders(config, routes, rule, ErrorResponses.of(config.body()), false).registerIn(context, rootClasses);
    }

    /**
     * The providers of a model read ahead of time (the Quarkus extension), with rest-allow's
     * corrections of Quarkus REST's routing answers where {@code correctsQuarkusRestRouting}.
     */
    static RestAllowProviders ofModel(ResourceModel model, RestAllowConfig config, ErrorResponses responses,
            boolean correctsQuarkusRestRouting) {
        return new RestAllowProviders(config, ApplicationRouteTable.of(model), RoutingRule.SPEC, responses,
                correctsQuarkusRestRouting);
    }

    private void registerIn(FeatureContext context, RootClasses rootClasses) {
        context.register(new ResourceClassCollector(rootClasses));
        context.register(new ApplicationRootClasses(rootClasses, rule == RoutingRule.RESTEASY), ProviderPriorities.ROOT_CLASSES);
        if (rule == RoutingRule.JERSEY) {
            // resources built in code are only in Jersey's own model
            context.register(new JerseyProgrammaticResources(rootClasses), ProviderPriorities.ROOT_CLASSES);
        }
        if (options != null) {
            context.register(options, ProviderPriorities.REQUEST_FILTER);
        }
        if (unknownMethods != null) {
            context.register(unknownMethods, ProviderPriorities.REQUEST_FILTER);
        }
        context.register(mapper, ProviderPriorities.EXCEPTION_MAPPER);
        if (rule == RoutingRule.CXF) {
            context.register(new CxfClientErrorMapper(mapper), ProviderPriorities.EXCEPTION_MAPPER);
        }
        context.register(responseFilter, ProviderPriorities.RESPONSE_FILTER);
    }
}
