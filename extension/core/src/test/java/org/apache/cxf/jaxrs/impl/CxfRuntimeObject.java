package org.apache.cxf.jaxrs.impl;

/** Stands for an object of Apache CXF in tests of how rest-allow recognises a runtime by its package. */
public final class CxfRuntimeObject {
}
