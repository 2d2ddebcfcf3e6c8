package dev.restallow.quarkus.runtime;

import dev.restallow.internal.answer.ProviderPriorities;
import dev.restallow.internal.answer.RestAllowAnswers;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

/**
 * Makes every 405 exact, also those that never reach the mapper: Quarkus REST's 405 under a
 * sub-resource locator is a bare {@code WebApplicationException}, and an application's own mapper
 * answers for itself. Response filters run in descending priority order: {@link ProviderPriorities#RESPONSE_FILTER} runs after the
 * application's.
 */
@Singleton
@Priority(ProviderPriorities.RESPONSE_FILTER)
public class RestAllowResponseFilter implements ContainerResponseFilter {

    @Inject
    Instance<RestAllowAnswers> answers;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        answers.get().filterResponse(request, response, resourceInfo);
    }
}
