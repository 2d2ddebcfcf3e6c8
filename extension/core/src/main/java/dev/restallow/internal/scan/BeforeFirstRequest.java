package dev.restallow.internal.scan;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** A pre-matching filter that does its work once, before the first request is looked up. */
abstract class BeforeFirstRequest implements ContainerRequestFilter {

    private volatile boolean done;

    @Override
    public final void filter(ContainerRequestContext request) {
        if (!done) {
            once();
        }
    }

    private synchronized void once() {
        if (done) {
            return;
        }
        beforeFirstRequest();
        done = true;
    }

    /** Runs once; a failure here is caught and logged by the implementation. */
    abstract void beforeFirstRequest();
}
