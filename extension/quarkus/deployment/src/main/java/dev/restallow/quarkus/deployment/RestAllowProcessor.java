package dev.restallow.quarkus.deployment;

import dev.restallow.internal.answer.ProviderPriorities;
import dev.restallow.internal.answer.RestAllowAnswers;
import dev.restallow.internal.check.StartupReport;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.quarkus.runtime.JsonLibrary;
import dev.restallow.quarkus.runtime.LocatorNotFoundHandler;
import dev.restallow.quarkus.runtime.RestAllowBuildTimeConfig;
import dev.restallow.quarkus.runtime.RestAllowExceptionMapper;
import dev.restallow.quarkus.runtime.RestAllowRecorder;
import dev.restallow.quarkus.runtime.RestAllowRequestFilter;
import dev.restallow.quarkus.runtime.RestAllowResponseFilter;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.BuildTimeConditionBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.pkg.steps.NativeOrNativeSourcesBuild;
import io.quarkus.resteasy.common.spi.ResteasyJaxrsProviderBuildItem;
import io.quarkus.resteasy.reactive.server.spi.AnnotationsTransformerBuildItem;
import io.quarkus.resteasy.reactive.server.spi.PreExceptionMapperHandlerBuildItem;
import io.quarkus.resteasy.reactive.spi.AdditionalResourceClassBuildItem;
import io.quarkus.resteasy.reactive.spi.ContainerRequestFilterBuildItem;
import io.quarkus.resteasy.reactive.spi.ContainerResponseFilterBuildItem;
import io.quarkus.resteasy.reactive.spi.ExceptionMapperBuildItem;
import io.quarkus.resteasy.reactive.spi.GeneratedJaxRsResourceBuildItem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotAllowedException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.logging.Logger;

/**
 * Reads the application's resource classes from the index at build time and registers rest-allow's
 * three providers with Quarkus REST or with quarkus-resteasy; the recorder hands the model and the
 * start-up configuration to them.
 */
class RestAllowProcessor {

    private static final String FEATURE = "rest-allow";
    private static final Logger LOG = Logger.getLogger("dev.restallow");


    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * The resource classes the REST runtime deploys, read from what it reads itself: the combined
     * index and the resource classes other extensions generate (REST Data with Panache), Quarkus REST's
     * annotation transformations and additional resource classes (quarkus-spring-web). Those a failed
     * build-time condition removes are left out.
     */
    @BuildStep
    ResourceModelBuildItem resourceModel(CombinedIndexBuildItem index, List<BuildTimeConditionBuildItem> conditions,
            Capabilities capabilities,
            List<GeneratedJaxRsResourceBuildItem> generatedResources,
            List<GeneratedBeanBuildItem> generatedBeans,
            List<AnnotationsTransformerBuildItem> transformations,
            List<AdditionalResourceClassBuildItem> additionalResources) {
        Set<DotName> excluded = new HashSet<>();
        for (BuildTimeConditionBuildItem condition : conditions) {
            if (!condition.isEnabled() && condition.getTarget().kind() == AnnotationTarget.Kind.CLASS) {
                excluded.add(condition.getTarget().asClass().name());
            }
        }
        if (!capabilities.isPresent(Capability.RESTEASY_REACTIVE)) {
            // quarkus-resteasy finds its resources in the bean archive index, which holds the generated beans
            return new ResourceModelBuildItem(IndexedResourceScanner.read(
                    GeneratedResources.index(index.getIndex(), generatedBeans, GeneratedBeanBuildItem::getData),
                    excluded));
        }
        Map<DotName, String> additionalRoots = new LinkedHashMap<>();
        additionalResources.forEach(resource ->
                additionalRoots.putIfAbsent(resource.getClassInfo().name(), resource.getPath()));
        return new ResourceModelBuildItem(IndexedResourceScanner.read(
                GeneratedResources.index(index.getIndex(), generatedResources,
                        GeneratedJaxRsResourceBuildItem::getData),
                excluded,
                transformations.stream().map(AnnotationsTransformerBuildItem::getAnnotationTransformation).toList(),
                additionalRoots));
    }

    /**
     * The start-up report and checks, at build time: the summary at INFO, the route table at DEBUG,
     * each warning at WARN; with {@code quarkus.rest-allow.strict=true} a warning fails the build.
     */
    @BuildStep
    void startupChecks(ResourceModelBuildItem model, RestAllowBuildTimeConfig config, Capabilities capabilities,
            BuildProducer<ValidationErrorBuildItem> errors, BuildProducer<StartupReportBuildItem> reports) {
        if (!capabilities.isPresent(Capability.REST)) {
            return;
        }
        StartupReport report = StartupReport.of(model.model());
        LOG.info(report.summary());
        if (LOG.isDebugEnabled()) {
            LOG.debug("rest-allow: routes\n  " + String.join("\n  ", report.routeTable()));
        }
        report.warnings().forEach(LOG::warn);
        reports.produce(new StartupReportBuildItem(report));
        if (config.strict() && !report.warnings().isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(new IllegalStateException(report.strictFailure())));
        }
    }

    /**
     * The answers bean, made at start-up from the model and the runtime configuration; the start-up
     * report of the build is logged again when the application starts.
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void answers(RestAllowRecorder recorder, ResourceModelBuildItem model, StartupReportBuildItem report,
            Capabilities capabilities,
            BuildProducer<SyntheticBeanBuildItem> beans, BuildProducer<UnremovableBeanBuildItem> unremovable) {
        if (!capabilities.isPresent(Capability.REST)) {
            return; // neither Quarkus REST nor quarkus-resteasy: nothing to answer for
        }
        JsonLibrary json = jsonLibrary(capabilities);
        if (json == JsonLibrary.JACKSON) {
            unremovable.produce(UnremovableBeanBuildItem.beanTypes(
                    DotName.createSimple("com.fasterxml.jackson.databind.ObjectMapper")));
        } else if (json == JsonLibrary.JSONB) {
            unremovable.produce(UnremovableBeanBuildItem.beanTypes(DotName.createSimple("jakarta.json.bind.Jsonb")));
        }
        recorder.logStartupReport(report.summary(), report.routeTable());
        beans.produce(SyntheticBeanBuildItem.configure(RestAllowAnswers.class)
                .scope(Singleton.class)
                .unremovable()
                .setRuntimeInit()
                .supplier(recorder.answers(routesOnly(model.model()), json,
                        capabilities.isPresent(Capability.RESTEASY_REACTIVE)))
                .done());
    }

    /** Quarkus REST: its build items, so that the providers are CDI beans with their {@code @Context} injected. */
    @BuildStep
    void quarkusRestProviders(Capabilities capabilities,
            BuildProducer<ContainerRequestFilterBuildItem> requestFilters,
            BuildProducer<ExceptionMapperBuildItem> exceptionMappers,
            BuildProducer<ContainerResponseFilterBuildItem> responseFilters,
            BuildProducer<PreExceptionMapperHandlerBuildItem> preExceptionMapperHandlers) {
        if (!capabilities.isPresent(Capability.RESTEASY_REACTIVE)) {
            return;
        }
        // the 404 below a locator is mapped as the 405, through the application's mappers too
        preExceptionMapperHandlers.produce(new PreExceptionMapperHandlerBuildItem(new LocatorNotFoundHandler()));
        requestFilters.produce(new ContainerRequestFilterBuildItem.Builder(RestAllowRequestFilter.class.getName())
                .setPreMatching(true)
                .setPriority(ProviderPriorities.REQUEST_FILTER)
                .build());
        exceptionMappers.produce(new ExceptionMapperBuildItem.Builder(RestAllowExceptionMapper.class.getName(),
                NotAllowedException.class.getName())
                .setPriority(ProviderPriorities.EXCEPTION_MAPPER)
                .build());
        responseFilters.produce(new ContainerResponseFilterBuildItem.Builder(RestAllowResponseFilter.class.getName())
                .setPriority(ProviderPriorities.RESPONSE_FILTER)
                .build());
    }

    /** quarkus-resteasy (classic): RESTEasy reads the providers' annotations and injects their {@code @Context}. */
    @BuildStep
    void resteasyClassicProviders(Capabilities capabilities,
            BuildProducer<ResteasyJaxrsProviderBuildItem> providers,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (!capabilities.isPresent(Capability.RESTEASY)) {
            return;
        }
        List<String> classes = List.of(RestAllowRequestFilter.class.getName(),
                RestAllowExceptionMapper.class.getName(), RestAllowResponseFilter.class.getName());
        classes.forEach(name -> providers.produce(new ResteasyJaxrsProviderBuildItem(name)));
        beans.produce(AdditionalBeanBuildItem.builder().addBeanClasses(classes).setUnremovable().build());
    }

    /**
     * For a native image, what rest-allow-core reads by reflection at run time ({@link NativeReflection}).
     * Untested: these machines have no GraalVM or Mandrel.
     */
    @BuildStep(onlyIf = NativeOrNativeSourcesBuild.class)
    void nativeReflection(ResourceModelBuildItem model, CombinedIndexBuildItem index,
            BuildProducer<ReflectiveClassBuildItem> reflective) {
        reflective.produce(ReflectiveClassBuildItem.builder(NativeReflection.resourceHierarchy(model.model(), index.getIndex())
                        .toArray(String[]::new))
                .methods()
                .reason("rest-allow: a resource method's HTTP method annotation, read up its class hierarchy")
                .build());
        List<String> probes = NativeReflection.metricsProbes(NativeReflection::onClassPath);
        if (!probes.isEmpty()) {
            reflective.produce(ReflectiveClassBuildItem.builder(probes.toArray(String[]::new))
                    .reason("rest-allow: the metrics libraries it counts 405s with, looked up by name")
                    .build());
        }
    }

    /** The model without the declarations that only the start-up checks read: less recorded bytecode. */
    private static ResourceModel routesOnly(ResourceModel model) {
        return new ResourceModel(model.classes(), List.of());
    }

    /** The JSON library of the REST layer if it has one, else any the application has. */
    private static JsonLibrary jsonLibrary(Capabilities capabilities) {
        if (capabilities.isPresent(Capability.REST_JACKSON)) {
            return JsonLibrary.JACKSON;
        }
        if (capabilities.isPresent(Capability.REST_JSONB)) {
            return JsonLibrary.JSONB;
        }
        if (capabilities.isPresent(Capability.JACKSON)) {
            return JsonLibrary.JACKSON;
        }
        if (capabilities.isPresent(Capability.JSONB)) {
            return JsonLibrary.JSONB;
        }
        return JsonLibrary.NONE;
    }
}
