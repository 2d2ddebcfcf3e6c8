/**
 * Step 4, the answer's body: the JSON and problem+json bodies of 405 and 501, negotiated against
 * {@code Accept}; the only package that touches JSON-B.
 */
package dev.restallow.internal.body;
