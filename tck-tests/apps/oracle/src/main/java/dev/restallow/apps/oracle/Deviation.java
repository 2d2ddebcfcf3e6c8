package dev.restallow.apps.oracle;

/**
 * One answer of the server with rest-allow that breaks the contract, beside the answer without it.
 *
 * @param app the application's name
 * @param request method, path and the Accept sent, if any
 * @param rule the rule broken, in a few words
 * @param without the answer without rest-allow
 * @param with the answer with rest-allow
 */
public record Deviation(String app, String request, String rule, String without, String with) {
}
