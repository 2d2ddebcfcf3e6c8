package dev.restallow;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.util.List;

/**
 * Finds the exception mapper that the application itself provides for 4xx exceptions, if any.
 * Mappers of the runtimes (their mandatory default mappers, CXF's WebApplicationExceptionMapper)
 * do not count: rest-allow replaces their empty 405s.
 */
final class ApplicationMappers {

    private static final List<String> RUNTIME_PACKAGES = List.of(
            "org.glassfish.jersey.", "org.jboss.resteasy.", "org.apache.cxf.", "io.quarkus.",
            "io.smallrye.", "fish.payara.", "org.glassfish.", "org.jboss.as.", "org.wildfly.",
            "com.sun.jersey.");

    private ApplicationMappers() {
    }

    /** The application's mapper that would handle a {@code NotAllowedException} without rest-allow, or null. */
    @SuppressWarnings("unchecked")
    static ExceptionMapper<ClientErrorException> forClientErrors(Providers providers) {
        if (providers == null) {
            return null;
        }
        ExceptionMapper<?> mapper = providers.getExceptionMapper(ClientErrorException.class);
        if (mapper instanceof CxfClientErrorMapper) {
            // rest-allow's own on CXF: an application mapper that would see a 405 maps a supertype
            mapper = providers.getExceptionMapper(WebApplicationException.class);
        }
        if (mapper == null || mapper instanceof NotAllowedMapper || isRuntimeOwn(mapper.getClass().getName())) {
            return null;
        }
        return (ExceptionMapper<ClientErrorException>) mapper;
    }

    private static boolean isRuntimeOwn(String className) {
        for (String runtimePackage : RUNTIME_PACKAGES) {
            if (className.startsWith(runtimePackage)) {
                return true;
            }
        }
        return false;
    }
}
