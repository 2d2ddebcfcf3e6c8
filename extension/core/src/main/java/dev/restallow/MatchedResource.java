package dev.restallow;

import jakarta.ws.rs.container.ResourceInfo;

/** Whether a resource method was matched for the current request (false on a routing 405). */
final class MatchedResource {

    private MatchedResource() {
    }

    static boolean isMatched(ResourceInfo resourceInfo) {
        if (resourceInfo == null) {
            return false;
        }
        try {
            return resourceInfo.getResourceMethod() != null;
        } catch (RuntimeException notMatched) {
            // ResourceInfo "MAY return null" when nothing matched; some runtimes throw instead
            return false;
        }
    }
}
