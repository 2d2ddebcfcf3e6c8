package dev.restallow.tck;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Where the three contract applications answer. Either given from outside as the system property
 * {@value #PROPERTY} ({@code with=URI,without=URI,mapped=URI}, for servers an Arquillian runner has
 * started) or started once per JVM from the {@link ContractRuntime} on the class path.
 *
 * @param withRestAllow the resource set with rest-allow
 * @param withoutRestAllow the same resources with rest-allow switched off
 * @param withApplicationMapper the resources, rest-allow, and an application ExceptionMapper for WebApplicationException
 */
public record ContractTargets(URI withRestAllow, URI withoutRestAllow, URI withApplicationMapper) {

    public static final String PROPERTY = "restallow.tck.targets";

    /** Names the runtime in reports when the targets come from {@value #PROPERTY}. */
    public static final String RUNTIME_PROPERTY = "restallow.tck.runtime";

    private static ContractTargets current;
    private static String runtimeDescription;

    /** The targets of this run, starting the runtime on first use. */
    public static synchronized ContractTargets current() {
        if (current == null) {
            current = fromProperty(System.getProperty(PROPERTY));
            if (current == null) {
                current = startRuntime();
            }
        }
        return current;
    }

    /**
     * What runs the targets: {@value #RUNTIME_PROPERTY} if set, else the started
     * {@link ContractRuntime}'s description.
     */
    public static synchronized String runtimeDescription() {
        current();
        String named = System.getProperty(RUNTIME_PROPERTY);
        if (named != null && !named.isBlank()) {
            return named;
        }
        return runtimeDescription != null ? runtimeDescription : "a server given by -D" + PROPERTY;
    }

    /** The value of {@value #PROPERTY} that names these targets. */
    public String asProperty() {
        return "with=" + withRestAllow + ",without=" + withoutRestAllow + ",mapped=" + withApplicationMapper;
    }

    static ContractTargets fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Map<String, URI> targets = new HashMap<>();
        for (String entry : value.split(",")) {
            String[] nameAndUri = entry.split("=", 2);
            targets.put(nameAndUri[0].trim(), URI.create(nameAndUri[1].trim()));
        }
        return new ContractTargets(targets.get("with"), targets.get("without"), targets.get("mapped"));
    }

    private static ContractTargets startRuntime() {
        ContractRuntime runtime = ServiceLoader.load(ContractRuntime.class).findFirst().orElseThrow(() ->
                new IllegalStateException("No ContractRuntime on the class path and no -D" + PROPERTY));
        try {
            ContractTargets targets = runtime.start();
            runtimeDescription = runtime.description();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runtime.close();
                } catch (Exception e) {
                    System.err.println("rest-allow contract: stopping the runtime failed: " + e);
                }
            }));
            return targets;
        } catch (Exception e) {
            throw new IllegalStateException("The contract runtime did not start", e);
        }
    }

    public Http with() {
        return new Http(withRestAllow);
    }

    public Http without() {
        return new Http(withoutRestAllow);
    }

    public Http mapped() {
        return new Http(withApplicationMapper);
    }
}
