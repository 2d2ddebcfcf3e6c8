/**
 * At deployment, beside the way: the start-up checks (methods §3.7.2 never reaches, ambiguous
 * methods, empty paths, locator cycles, ...) and the route report, logged when the first route
 * table is built.
 */
package dev.restallow.internal.check;
