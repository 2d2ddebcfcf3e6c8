package dev.restallow.internal.metrics;

/**
 * Counts the 405 answers of an application in a metrics library, one counter per route template
 * and request method: {@value #NAME}, tagged {@value #ROUTE_TAG} and {@value #METHOD_TAG}.
 */
public interface MethodNotAllowedCounter {

    String NAME = "restallow.method.not.allowed";
    String DESCRIPTION = "405 Method Not Allowed answers, by route template and request method";
    String ROUTE_TAG = "route";
    String METHOD_TAG = "method";

    /** Counts nothing: neither library is present, or {@code rest-allow.metrics=false}. */
    MethodNotAllowedCounter NONE = (route, method) -> {
    };

    /**
     * Counts one 405.
     *
     * @param route the route template, such as {@code /books/{id}}, never the request path
     * @param method the request method, one of a bounded set
     */
    void count(String route, String method);
}
