package dev.restallow.apps.oracle;

import java.util.Map;
import java.util.TreeMap;

/**
 * One concrete path of an application, as the oracle probes it.
 *
 * @param path relative to the application's base URI, no leading '/'
 * @param contentType the type of the body sent with POST, PUT and PATCH, or null for no body
 * @param body the body sent with POST, PUT and PATCH
 * @param ownOptions true where the application answers OPTIONS itself (then nothing about it may change)
 * @param refusedByState methods the application itself refuses here with a 405 (NotAllowedException), each
 *     with the Allow that answer must carry: the methods the exception names, completed and canonical
 */
public record Route(String path, String contentType, String body, boolean ownOptions, Map<String, String> refusedByState) {

    public static Route at(String path) {
        return new Route(path, null, null, false, Map.of());
    }

    public Route sending(String type, String content) {
        return new Route(path, type, content, ownOptions, refusedByState);
    }

    public Route withOwnOptions() {
        return new Route(path, contentType, body, true, refusedByState);
    }

    public Route refusing(String method, String allow) {
        Map<String, String> refused = new TreeMap<>(refusedByState);
        refused.put(method, allow);
        return new Route(path, contentType, body, ownOptions, Map.copyOf(refused));
    }
}
