package dev.restallow.fuzz;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** One model's classes deployed twice on a runtime, with rest-allow and without, and a client for each. */
final class DeployedModel implements AutoCloseable {

    /** Makes every generated package unique in the JVM: the shrinker deploys variants of one model. */
    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    private final FuzzModel model;
    private final FuzzRuntime.Deployment without;
    private final FuzzRuntime.Deployment with;
    private final WireClient withoutClient;
    private final WireClient withClient;
    private final AnswerComparison comparison;

    private DeployedModel(FuzzModel model, FuzzRuntime.Deployment without, FuzzRuntime.Deployment with) {
        this.model = model;
        this.without = without;
        this.with = with;
        this.withoutClient = new WireClient(without.base());
        this.withClient = new WireClient(with.base());
        this.comparison = new AnswerComparison(new AllowOracle(withClient, model.declaredVerbs()), withoutClient,
                with.base(), without.base());
    }

    /** Thrown when the runtime refuses the model even without rest-allow: the model is invalid there. */
    static final class RefusedModel extends Exception {
        RefusedModel(Throwable cause) {
            super(cause);
        }
    }

    /** Deploys the model; fails with {@link RefusedModel} when the runtime refuses it without rest-allow. */
    static DeployedModel deploy(FuzzRuntime runtime, FuzzModel model) throws Exception {
        Set<Class<?>> roots = GeneratedClasses.rootsOf(model, "dev.restallow.fuzz.generated.d" + DEPLOYMENTS.incrementAndGet());
        FuzzRuntime.Deployment without;
        try {
            without = runtime.deploy(new FuzzApplication(roots, false));
        } catch (Exception | LinkageError refused) {
            throw new RefusedModel(refused);
        }
        try {
            return new DeployedModel(model, without, runtime.deploy(new FuzzApplication(roots, true)));
        } catch (Exception | Error e) {
            without.close();
            throw new IllegalStateException("The runtime deploys this model without rest-allow, but not with it:\n"
                    + model.describe(), e);
        }
    }

    FuzzModel model() {
        return model;
    }

    /** Sends the request to both deployments and compares. */
    Exchange exchange(FuzzRequest request) {
        WireClient.Answer expected = withoutClient.send(request);
        WireClient.Answer actual = withClient.send(request);
        return new Exchange(request, expected, actual, comparison.difference(request, expected, actual));
    }

    /**
     * One request and its two answers.
     *
     * @param difference what is wrong with the answer with rest-allow, or null
     */
    record Exchange(FuzzRequest request, WireClient.Answer without, WireClient.Answer with, String difference) {

        String describe() {
            return "request: " + request + "\nwithout rest-allow: " + without + "\nwith rest-allow:    " + with + "\n";
        }
    }

    @Override
    public void close() throws Exception {
        withClient.close();
        withoutClient.close();
        try {
            with.close();
        } finally {
            without.close();
        }
    }
}
