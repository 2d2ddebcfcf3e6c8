package dev.restallow.internal.body;

/** The body of the error responses rest-allow produces. */
public enum BodyFormat {
    /** {@code application/json}: {@code {"error", "message", "allowed_methods"}}. */
    JSON,
    /** RFC 9457 {@code application/problem+json} with an {@code allowed_methods} member. */
    PROBLEM,
    /** No body, as the spec's own 405. */
    NONE
}
