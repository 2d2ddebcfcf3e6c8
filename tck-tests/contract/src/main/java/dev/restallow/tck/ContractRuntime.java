package dev.restallow.tck;

/**
 * A runtime that runs the contract: it deploys {@link dev.restallow.tck.app.WithRestAllow},
 * {@link dev.restallow.tck.app.WithoutRestAllow} and {@link dev.restallow.tck.app.WithApplicationMapper}
 * on 127.0.0.1 and says where each answers. A runner module provides one implementation through
 * {@code META-INF/services/dev.restallow.tck.ContractRuntime}.
 */
public interface ContractRuntime extends AutoCloseable {

    /** Starts the runtime with the three applications deployed. */
    ContractTargets start() throws Exception;

    /** Stops the runtime. */
    @Override
    void close() throws Exception;
}
