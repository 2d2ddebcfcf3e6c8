package org.jboss.resteasy.reactive.server.jaxrs;

/** Stands for an object of Quarkus REST (RESTEasy Reactive) in tests of how rest-allow recognises a runtime by its package. */
public final class QuarkusRestRuntimeObject {
}
