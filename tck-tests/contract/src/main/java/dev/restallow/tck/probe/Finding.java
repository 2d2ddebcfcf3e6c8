package dev.restallow.tck.probe;

/**
 * One request whose answer breaks the method contract.
 *
 * @param path the request path relative to the probed base URI, as sent
 * @param method the request method
 * @param expected what the contract requires of the answer
 * @param got what the answer was
 */
public record Finding(String path, String method, String expected, String got) {
}
