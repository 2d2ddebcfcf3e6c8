package dev.restallow.internal.answer;

import dev.restallow.internal.scan.ResourceClassScanner;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether a resource method was matched for the current request (false on a routing 405). */
final class MatchedResource {

    private MatchedResource() {
    }

    static boolean isMatched(ResourceInfo resourceInfo) {
        if (resourceInfo == null) {
            return false;
        }
        try {
            Method method = resourceInfo.getResourceMethod();
            // CXF reports the sub-resource locator it went through when the method selection below it
            // fails (ResourceInfoImpl reads the exchange's OperationResourceInfo, which is still the
            // locator's): a locator has no HTTP method, so that 405 is a routing one
            return method != null && isResourceMethod(method);
        } catch (RuntimeException notMatched) {
            // ResourceInfo "MAY return null" when nothing matched; some runtimes throw instead
            return false;
        }
    }

    /** Whether the method, or one it overrides or implements (§3.6), carries an HTTP method designator. */
    private static boolean isResourceMethod(Method method) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(method.getDeclaringClass());
        Set<Class<?>> seen = new HashSet<>();
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type == Object.class || !seen.add(type)) {
                continue;
            }
            try {
                Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (ResourceClassScanner.httpMethod(declared) != null) {
                    return true;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look further up
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return false;
    }
}
