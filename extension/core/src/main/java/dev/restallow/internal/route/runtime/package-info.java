/**
 * How Jersey, RESTEasy and CXF select among overlapping templates where they deviate from §3.7.2
 * (OVERLAP-RULES.md has each rule and its source); {@link dev.restallow.internal.route.runtime.RoutingRule}
 * recognises the runtime by its classes' package and plugs its routing into the route table.
 */
package dev.restallow.internal.route.runtime;
