package dev.restallow.tck.arquillian;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.restallow.tck.ContractTargets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the contract suite (every test class of package {@value #PACKAGE} in rest-allow-tck, the same
 * classes the embedded runners scan) against a deployment, through the JUnit Platform Launcher, and
 * hands back one {@link DynamicTest} per contract test that replays its outcome: a failed contract
 * test fails with its own assertion, so every failure shows in the runner's report by name.
 */
public final class ContractSuite {

    public static final String PACKAGE = "dev.restallow.tck.contract";

    private static final Logger LOG = Logger.getLogger("dev.restallow.tck");

    private ContractSuite() {
    }

    public static List<DynamicTest> run(ContractTargets targets) {
        System.setProperty(ContractTargets.PROPERTY, targets.asProperty());
        Assertions.assertEquals(targets, ContractTargets.current(),
                "the contract targets of this JVM were fixed before; one contract run per JVM");

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(PACKAGE))
                .build();
        Outcomes outcomes = new Outcomes();
        LauncherFactory.create().execute(request, outcomes);

        List<DynamicTest> tests = new ArrayList<>();
        outcomes.results.forEach((name, result) -> tests.add(DynamicTest.dynamicTest(name, () -> replay(result))));
        long failed = outcomes.results.values().stream().filter(r -> r.getStatus() == TestExecutionResult.Status.FAILED).count();
        LOG.info(() -> "rest-allow contract on " + System.getProperty(ContractTargets.RUNTIME_PROPERTY, "a server") + " ("
                + targets.asProperty() + "): " + outcomes.results.size()
                + " tests, " + failed + " failed, " + outcomes.skipped.size() + " skipped");
        outcomes.skipped.forEach((name, reason) -> tests.add(DynamicTest.dynamicTest(name,
                () -> Assumptions.abort("skipped: " + reason))));
        if (outcomes.results.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("contract tests found",
                    () -> Assertions.fail("no test found in package " + PACKAGE + " on the class path")));
        }
        return tests;
    }

    private static void replay(TestExecutionResult result) throws Throwable {
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
            }
            case ABORTED -> {
                if (result.getThrowable().isPresent()) {
                    throw result.getThrowable().get();
                }
                Assumptions.abort("aborted");
            }
            case FAILED -> throw result.getThrowable().orElseGet(() -> new AssertionError("failed without a reason"));
        }
    }

    /** Every test's result in execution order, and the failures of containers (a class that could not start). */
    private static final class Outcomes implements TestExecutionListener {

        final Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        final Map<String, String> skipped = new LinkedHashMap<>();

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                results.put(name(identifier), result);
            }
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            skipped.put(name(identifier), reason);
        }

        private static String name(TestIdentifier identifier) {
            return identifier.getSource().map(source -> {
                if (source instanceof MethodSource method) {
                    String simple = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
                    String display = identifier.getDisplayName();
                    return simple + "." + method.getMethodName()
                            + (display.equals(method.getMethodName() + "()") ? "" : " " + display);
                }
                if (source instanceof ClassSource type) {
                    return type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1);
                }
                return identifier.getDisplayName();
            }).orElse(identifier.getDisplayName());
        }
    }
}
