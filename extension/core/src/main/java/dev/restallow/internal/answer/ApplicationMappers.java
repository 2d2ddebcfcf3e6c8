package dev.restallow.internal.answer;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.util.Set;

/**
 * Finds the exception mapper that the application itself provides for 4xx exceptions, if any.
 * The runtimes' own mappers for a supertype of {@code ClientErrorException} do not count:
 * rest-allow replaces their empty 405s. They are named one by one, so that an application mapper
 * counts whatever package it lives in (Jersey's own example applications live in
 * {@code org.glassfish.jersey.examples}).
 */
final class ApplicationMappers {

    /**
     * The default mappers of Jakarta REST 3.1 §4.4 (for {@code Throwable}) of Jersey and RESTEasy
     * (also inside Payara, GlassFish, WildFly, Open Liberty and quarkus-resteasy), and CXF's
     * {@code WebApplicationException} mapper. Quarkus REST maps {@code WebApplicationException}
     * without a mapper.
     */
    private static final Set<String> RUNTIME_MAPPERS = Set.of(
            "org.glassfish.jersey.server.DefaultExceptionMapper",
            "org.jboss.resteasy.core.providerfactory.DefaultExceptionMapper",
            "org.apache.cxf.jaxrs.impl.WebApplicationExceptionMapper");

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
        return RUNTIME_MAPPERS.contains(className);
    }
}
