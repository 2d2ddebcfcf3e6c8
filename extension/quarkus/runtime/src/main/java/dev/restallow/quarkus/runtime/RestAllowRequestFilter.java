package dev.restallow.quarkus.runtime;

import dev.restallow.internal.answer.ProviderPriorities;
import dev.restallow.internal.answer.RestAllowAnswers;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Providers;

/** Answers automatic OPTIONS and unknown methods (501) before the REST runtime matches the request. */
@Singleton
@PreMatching
@Priority(ProviderPriorities.REQUEST_FILTER)
public class RestAllowRequestFilter implements ContainerRequestFilter {

    @Inject
    Instance<RestAllowAnswers> answers;

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request) {
        answers.get().filterRequest(request, providers);
    }
}
