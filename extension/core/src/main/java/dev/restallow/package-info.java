/**
 * rest-allow's public API: {@link dev.restallow.RestAllowFeature}, which a runtime finds through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}, and the JSON bodies of its answers
 * ({@link dev.restallow.MethodErrorBody}, {@link dev.restallow.ProblemDetailBody}). Everything in
 * {@code dev.restallow.internal} may change without notice.
 */
package dev.restallow;
