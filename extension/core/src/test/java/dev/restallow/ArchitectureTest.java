package dev.restallow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core's packages follow the request's way, and each library is touched by one package only. */
class ArchitectureTest {

    /** rest-allow-core's own classes, where {@link RestAllowFeature} was loaded from. */
    private static final JavaClasses CORE = new ClassFileImporter()
            .importLocations(Set.of(Location.of(RestAllowFeature.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void dependenciesFollowTheRequestsWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("dev.restallow")
                .layer("answer").definedBy("dev.restallow.internal.answer")
                .layer("scan").definedBy("dev.restallow.internal.scan")
                .layer("route").definedBy("dev.restallow.internal.route")
                .layer("route.runtime").definedBy("dev.restallow.internal.route.runtime")
                .layer("body").definedBy("dev.restallow.internal.body")
                .layer("check").definedBy("dev.restallow.internal.check")
                .layer("metrics").definedBy("dev.restallow.internal.metrics")
                .whereLayer("answer").mayOnlyBeAccessedByLayers("api")
                .whereLayer("scan").mayOnlyBeAccessedByLayers("api", "answer")
                .whereLayer("route.runtime").mayOnlyBeAccessedByLayers("answer")
                .whereLayer("body").mayOnlyBeAccessedByLayers("answer")
                .whereLayer("check").mayOnlyBeAccessedByLayers("answer")
                .whereLayer("metrics").mayOnlyBeAccessedByLayers("answer")
                .whereLayer("route").mayNotAccessAnyLayer()
                .check(CORE);
    }

    @Test
    void theInternalPackagesHaveNoCycles() {
        slices().matching("dev.restallow.internal.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void onlyTheBodyPackageTouchesJsonB() {
        // the public body types only carry JSON-B's annotations, which load without JSON-B
        noClasses().that().resideOutsideOfPackage("dev.restallow.internal.body")
                .and().doNotHaveSimpleName("MethodErrorBody").and().doNotHaveSimpleName("ProblemDetailBody")
                .should().dependOnClassesThat().resideInAPackage("jakarta.json.bind..")
                .check(CORE);
    }

    @Test
    void onlyTheMetricsPackageTouchesTheMetricsLibrariesAndCdi() {
        noClasses().that().resideOutsideOfPackage("dev.restallow.internal.metrics")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "org.eclipse.microprofile..",
                        "jakarta.enterprise..")
                .check(CORE);
    }

    @Test
    void onlyTheScanPackageTouchesTheServletApi() {
        noClasses().that().resideOutsideOfPackage("dev.restallow.internal.scan")
                .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
                .check(CORE);
    }

    @Test
    void noRuntimesClassesAreACompileDependency() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.glassfish..", "org.jboss..",
                "org.apache.cxf..", "io.quarkus..", "io.vertx..")
                .check(CORE);
    }

    @Test
    void thePublicApiIsTheFeatureAndTheBodyTypes() {
        Set<String> api = CORE.stream()
                .filter(c -> c.getPackageName().equals("dev.restallow"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("RestAllowFeature", "MethodErrorBody", "ProblemDetailBody"), api);
    }
}
