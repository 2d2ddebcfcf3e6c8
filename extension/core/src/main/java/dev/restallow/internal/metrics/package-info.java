/**
 * The 405 counters, tagged by route template and method, in Micrometer and MicroProfile Metrics
 * where either is present; the only package that touches them.
 */
package dev.restallow.internal.metrics;
