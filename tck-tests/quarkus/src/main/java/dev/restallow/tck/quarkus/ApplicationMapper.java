package dev.restallow.tck.quarkus;

import dev.restallow.tck.app.StatusKeepingMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.ext.Provider;

/**
 * The contract's application mapper, registered only in the build made with
 * {@code contract.application-mapper=true} (the "mapped" target): a Quarkus application has one
 * set of providers, so the runner builds the contract application twice.
 */
@Provider
@IfBuildProperty(name = "contract.application-mapper", stringValue = "true")
public class ApplicationMapper extends StatusKeepingMapper {
}
