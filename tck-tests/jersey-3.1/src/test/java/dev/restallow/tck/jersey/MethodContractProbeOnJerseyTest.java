package dev.restallow.tck.jersey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.app.ContractResources;
import dev.restallow.tck.app.WithRestAllow;
import dev.restallow.tck.probe.Finding;
import dev.restallow.tck.probe.MethodContractProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe over a real runtime: the contract's resource set on Jersey 3.1, with rest-allow (the
 * probe passes) and without it (the probe reports Jersey's own answers).
 */
class MethodContractProbeOnJerseyTest {

    private final ContractTargets targets = ContractTargets.current();

    @Test
    void withRestAllowEveryRouteKeepsTheContract() {
        MethodContractProbe.forApplication(targets.withRestAllow().resolve("/"), new WithRestAllow())
                // LockedResource declares PUT and throws NotAllowedException("GET") from it
                .withRefusalByResource("locked", "PUT")
                .assertContract();
    }

    @Test
    void withoutRestAllowTheProbeReportsJerseysAnswers() {
        List<Finding> findings = MethodContractProbe.forResources(targets.withoutRestAllow(), ContractResources.classes())
                .withRefusalByResource("locked", "PUT")
                .findings();

        assertTrue(findings.contains(new Finding("users", "DELETE",
                "405, Allow: GET, HEAD, POST, OPTIONS, JSON allowed_methods [GET, HEAD, POST, OPTIONS]",
                "405, Allow: POST,GET,OPTIONS, no body")), () -> String.join("\n", findings.stream().map(Finding::toString).toList()));
        assertTrue(findings.stream().anyMatch(f -> f.path().equals("users/probe") && f.method().equals("OPTIONS")
                && f.got().contains("application/vnd.sun.wadl+xml")), findings::toString);
    }
}
