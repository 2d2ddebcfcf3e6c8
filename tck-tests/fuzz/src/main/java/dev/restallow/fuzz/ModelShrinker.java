package dev.restallow.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimises a failing model: removes one root class or one method at a time (a locator with its
 * whole subtree), or turns a root's locator target into a root class at the joined path, as long
 * as the same request still fails, redeploying each variant.
 */
final class ModelShrinker {

    private static final int MAX_ATTEMPTS = 200;

    private final FuzzRuntime runtime;

    ModelShrinker(FuzzRuntime runtime) {
        this.runtime = runtime;
    }

    /** The smallest variant of the model on which the request still fails, and that failure. */
    Shrunk shrink(FuzzModel model, DeployedModel.Exchange failure) throws Exception {
        FuzzModel smallest = model;
        DeployedModel.Exchange smallestFailure = failure;
        int attempts = 0;
        boolean progress = true;
        while (progress && attempts < MAX_ATTEMPTS) {
            progress = false;
            for (FuzzModel candidate : variants(smallest)) {
                if (attempts++ >= MAX_ATTEMPTS) {
                    break;
                }
                DeployedModel.Exchange exchange = failingExchange(candidate, failure.request());
                if (exchange != null) {
                    smallest = candidate;
                    smallestFailure = exchange;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk(smallest, smallestFailure);
    }

    record Shrunk(FuzzModel model, DeployedModel.Exchange failure) {
    }

    private DeployedModel.Exchange failingExchange(FuzzModel candidate, FuzzRequest request) throws Exception {
        try (DeployedModel deployed = DeployedModel.deploy(runtime, candidate)) {
            DeployedModel.Exchange exchange = deployed.exchange(request);
            return exchange.difference() == null ? null : exchange;
        } catch (DeployedModel.RefusedModel | IllegalStateException refused) {
            return null;
        }
    }

    /** Every model with one root or one member less. */
    private static List<FuzzModel> variants(FuzzModel model) {
        List<FuzzModel> variants = new ArrayList<>();
        List<FuzzModel.ResourceClass> roots = model.roots();
        for (int i = 0; i < roots.size() && roots.size() > 1; i++) {
            List<FuzzModel.ResourceClass> fewer = new ArrayList<>(roots);
            fewer.remove(i);
            variants.add(new FuzzModel(fewer));
        }
        // a locator's target as a root class of its own, at the joined path: one level of locators less
        for (int i = 0; i < roots.size(); i++) {
            for (FuzzModel.Member member : roots.get(i).members()) {
                if (member.isLocator()) {
                    List<FuzzModel.ResourceClass> hoisted = new ArrayList<>(roots);
                    hoisted.set(i, new FuzzModel.ResourceClass(member.target().name(),
                            roots.get(i).path().replaceAll("/+$", "") + "/" + member.path().replaceAll("^/+", ""),
                            member.target().members()));
                    variants.add(new FuzzModel(hoisted));
                }
            }
        }
        int members = 0;
        for (FuzzModel.ResourceClass root : roots) {
            members += memberCount(root);
        }
        for (int k = 0; k < members; k++) {
            int[] counter = {k};
            List<FuzzModel.ResourceClass> pruned = new ArrayList<>();
            for (FuzzModel.ResourceClass root : roots) {
                pruned.add(withoutMember(root, counter));
            }
            variants.add(new FuzzModel(pruned));
        }
        return variants;
    }

    private static int memberCount(FuzzModel.ResourceClass resourceClass) {
        int count = 0;
        for (FuzzModel.Member member : resourceClass.members()) {
            count += 1 + (member.isLocator() ? memberCount(member.target()) : 0);
        }
        return count;
    }

    /** The class without the member whose depth-first index {@code counter[0]} counts down to. */
    private static FuzzModel.ResourceClass withoutMember(FuzzModel.ResourceClass resourceClass, int[] counter) {
        List<FuzzModel.Member> kept = new ArrayList<>();
        for (FuzzModel.Member member : resourceClass.members()) {
            if (counter[0]-- == 0) {
                continue;
            }
            if (member.isLocator()) {
                FuzzModel.ResourceClass target = withoutMember(member.target(), counter);
                if (!target.members().isEmpty()) { // a target without methods is no resource class: drop its locator
                    kept.add(new FuzzModel.Member(null, member.path(), null, null, false, target));
                }
            } else {
                kept.add(member);
            }
        }
        return new FuzzModel.ResourceClass(resourceClass.name(), resourceClass.path(), kept);
    }
}
