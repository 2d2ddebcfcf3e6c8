/**
 * Step 3, per request, the providers in request order: the {@code @PreMatching} filters (automatic
 * OPTIONS, 501 or 400 for methods nobody implements), the {@code ExceptionMapper<NotAllowedException>},
 * and the response filter that makes any 405 leaving the application exact.
 * {@link dev.restallow.internal.answer.RestAllowProviders} is the one place that makes and wires them,
 * for the feature and for the Quarkus extension.
 */
package dev.restallow.internal.answer;
