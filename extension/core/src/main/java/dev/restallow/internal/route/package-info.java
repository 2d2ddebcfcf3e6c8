/**
 * Step 2, the route model in the middle: {@link dev.restallow.internal.route.ResourceModel} (the
 * resources as read), {@link dev.restallow.internal.route.PathTemplate} (a {@code @Path}
 * template compiled for matching), and {@link dev.restallow.internal.route.RouteTable}, which answers
 * {@code M(P)}, the methods served at a request path, as Jakarta REST §3.7.2 selects resources.
 * Depends on no other package of rest-allow.
 */
package dev.restallow.internal.route;
