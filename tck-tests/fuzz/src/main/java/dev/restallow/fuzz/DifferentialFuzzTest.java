package dev.restallow.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing: random resource models, each deployed twice on the runtime of the runner
 * module (with rest-allow and with it switched off), random requests sent to both, and the two
 * answers compared by {@link AnswerComparison}; every Allow rest-allow sends is checked from
 * outside by the {@link AllowOracle}.
 *
 * <p>System properties: {@value #SEED} (default a fixed seed, so every build runs the same
 * requests), {@value #REQUESTS} (requests per runtime, default 10,000; the Maven profile
 * {@code fuzz-long} runs 1,000,000), {@value #PER_MODEL} (requests per model) and {@value #MODEL}
 * (run that one model only, to replay a failure).
 */
class DifferentialFuzzTest {

    static final String SEED = "restallow.fuzz.seed";
    static final String REQUESTS = "restallow.fuzz.requests";
    static final String PER_MODEL = "restallow.fuzz.requests-per-model";
    static final String MODEL = "restallow.fuzz.model";

    private static final long DEFAULT_SEED = 20_251_125L;
    static final String MAX_FAILURES = "restallow.fuzz.max-failures";
    static final String NO_SHRINK = "restallow.fuzz.no-shrink";

    @Test
    void restAllowChangesNothingButWhatItIsFor() throws Exception {
        long seed = Long.getLong(SEED, DEFAULT_SEED);
        int requests = Integer.getInteger(REQUESTS, 10_000);
        int perModel = Integer.getInteger(PER_MODEL, 500);
        Integer onlyModel = Integer.getInteger(MODEL);
        int maxFailures = Integer.getInteger(MAX_FAILURES, 10);
        boolean shrinkFirst = !Boolean.getBoolean(NO_SHRINK);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int models = 0;
        int rejected = 0;
        long started = System.nanoTime();
        try (FuzzRuntime runtime = ServiceLoader.load(FuzzRuntime.class).findFirst().orElseThrow(() ->
                new IllegalStateException("No dev.restallow.fuzz.FuzzRuntime on the class path"))) {
            System.out.println("rest-allow fuzz on " + runtime.description() + ": -D" + SEED + "=" + seed
                    + " -D" + REQUESTS + "=" + requests);
            for (int index = onlyModel == null ? 0 : onlyModel; sent < requests && failures.size() < maxFailures; index++) {
                ModelRun run = new ModelRun(runtime, seed, index);
                ModelRun.Result result = run.send(onlyModel == null ? Math.min(perModel, requests - sent) : requests,
                        shrinkFirst && failures.isEmpty());
                models++;
                if (result == null) {
                    rejected++;
                    assertTrue(rejected < 10 + models / 2, "the runtime rejects most generated models; the last:\n"
                            + run.model().describe());
                } else {
                    sent += result.sent();
                    failures.addAll(result.failures());
                }
                if (onlyModel != null) {
                    break;
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("rest-allow fuzz: " + sent + " requests on " + models + " models (" + rejected
                + " rejected by the runtime itself; " + WireClient.SENT.get()
                + " HTTP requests with the probes) in " + seconds + " s, " + failures.size() + " failures");
        if (!failures.isEmpty()) {
            failures.forEach(System.out::println);
            fail(failures.size() + " failure(s) with -D" + SEED + "=" + seed + "; the first:\n" + failures.get(0));
        }
    }

    /** One model: generated, deployed with and without rest-allow, and fuzzed. */
    private static final class ModelRun {

        private static final int MAX_FAILURES_PER_MODEL = 3;

        private final FuzzRuntime runtime;
        private final long seed;
        private final int index;
        private final FuzzModel model;

        ModelRun(FuzzRuntime runtime, long seed, int index) {
            this.runtime = runtime;
            this.seed = seed;
            this.index = index;
            this.model = new ModelGenerator(seed * 31 + index).next();
        }

        FuzzModel model() {
            return model;
        }

        record Result(int sent, List<String> failures) {
        }

        /**
         * @param shrink whether to minimise the first failure
         * @return null when the runtime refuses to deploy the model even without rest-allow
         */
        Result send(int requests, boolean shrink) throws Exception {
            List<DeployedModel.Exchange> failed = new ArrayList<>();
            int sent = 0;
            try (DeployedModel deployed = DeployedModel.deploy(runtime, model)) {
                RequestGenerator generator = new RequestGenerator(model, seed * 17 + index,
                        runtime.matchesPathsAsSpecified());
                while (sent < requests && failed.size() < MAX_FAILURES_PER_MODEL) {
                    DeployedModel.Exchange exchange = deployed.exchange(generator.next());
                    sent++;
                    if (exchange.difference() != null) {
                        DeployedModel.Exchange again = deployed.exchange(exchange.request());
                        if (again.difference() != null) {
                            failed.add(again);
                        } else {
                            // seen once on CXF after the contract suite in the same JVM: its own 405 for a POST it
                            // serves, not reproducible; a difference that does not repeat is the runtime's, not rest-allow's
                            System.out.println("rest-allow fuzz: a difference that did not repeat (model " + index + "): "
                                    + exchange.difference() + "\n" + exchange.describe());
                        }
                    }
                }
            } catch (DeployedModel.RefusedModel refused) {
                return null;
            } catch (IllegalStateException deployedOnlyWithout) {
                return new Result(sent, List.of(report(deployedOnlyWithout.getMessage(), model, null)));
            }
            List<String> failures = new ArrayList<>();
            for (DeployedModel.Exchange exchange : failed) {
                failures.add(report(exchange.difference(), model, exchange));
            }
            if (shrink && !failed.isEmpty()) {
                ModelShrinker.Shrunk shrunk = new ModelShrinker(runtime).shrink(model, failed.get(0));
                failures.set(0, failures.get(0) + "   minimised: " + shrunk.failure().difference() + "\n"
                        + shrunk.model().describe().indent(3) + shrunk.failure().describe().indent(3));
            }
            return new Result(sent, failures);
        }

        private String report(String difference, FuzzModel shown, DeployedModel.Exchange exchange) {
            StringBuilder text = new StringBuilder("\n== ").append(difference)
                    .append("\n   replay: -D").append(SEED).append('=').append(seed)
                    .append(" -D").append(MODEL).append('=').append(index).append('\n')
                    .append(shown.describe().indent(3));
            if (exchange != null) {
                text.append(exchange.describe().indent(3));
            }
            return text.toString();
        }
    }
}
