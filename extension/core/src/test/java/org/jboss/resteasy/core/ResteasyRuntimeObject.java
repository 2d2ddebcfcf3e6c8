package org.jboss.resteasy.core;

/** Stands for an object of RESTEasy in tests of how rest-allow recognises a runtime by its package. */
public final class ResteasyRuntimeObject {
}
