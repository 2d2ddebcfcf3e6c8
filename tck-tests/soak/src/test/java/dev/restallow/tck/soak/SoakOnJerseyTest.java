package dev.restallow.tck.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jersey 3.1 on Grizzly, in this JVM, under mixed traffic: every answer has the contract's status
 * and exact {@code Allow}, and the heap after a full GC does not grow (no cache keyed by request
 * data: method tokens, paths and matrix parameters are new on every request).
 */
class SoakOnJerseyTest {

    @Test
    void mixedTrafficKeepsExactAnswersAndAFlatHeap() throws Exception {
        SoakReport report = Soak.run(ContractTargets.current().withRestAllow(), HeapAfterFullGc.ofThisJvm(),
                Path.of("target", "soak"));
        System.out.println("rest-allow soak on " + ContractTargets.runtimeDescription() + ": " + report);

        assertEquals(List.of(), report.brokenGuarantees(), report.toString());
    }
}
