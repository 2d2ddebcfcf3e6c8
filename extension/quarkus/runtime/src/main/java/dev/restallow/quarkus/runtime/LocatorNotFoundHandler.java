package dev.restallow.quarkus.runtime;

import dev.restallow.internal.answer.RestAllowAnswers;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.ws.rs.NotAllowedException;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Quarkus REST only, in its abort chain right before exception mapping: below a sub-resource
 * locator, Quarkus REST's {@code ResourceLocatorHandler} throws a bare {@code WebApplicationException(404)}
 * for a method that the target serves only at other sub-paths. This handler has the
 * {@code NotAllowedException} with the exact {@code Allow} mapped in its place, so that the
 * application's exception mappers see the 405 as they see any other (and rest-allow's mapper answers
 * where the application maps none).
 */
public final class LocatorNotFoundHandler implements ServerRestHandler {

    @Override
    public void handle(ResteasyReactiveRequestContext context) {
        Throwable thrown = context.getThrowable();
        if (thrown == null || thrown instanceof NotAllowedException) {
            return;
        }
        InstanceHandle<RestAllowAnswers> answers = Arc.container().instance(RestAllowAnswers.class);
        if (!answers.isAvailable()) {
            return;
        }
        NotAllowedException notAllowed = answers.get().notAllowedBelowLocator(context.getContainerRequestContext(), thrown);
        if (notAllowed != null) {
            // restart the abort chain with the exception the runtime would have thrown
            context.setAbortHandlerChainStarted(false);
            context.handleException(notAllowed, true);
        }
    }
}
