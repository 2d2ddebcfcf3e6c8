package dev.restallow.internal.body;

import dev.restallow.MethodErrorBody;
import dev.restallow.ProblemDetailBody;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of an error body in the order and with the names JSON-B gives them from the
 * records' annotations, for JSON writers that do not read JSON-B annotations (Jackson, {@link JsonText}).
 * Null members are left out, as JSON-B does by default.
 */
public final class ErrorBodyMembers {

    private ErrorBodyMembers() {
    }

    /** @param body a {@link MethodErrorBody} or a {@link ProblemDetailBody} */
    public static Map<String, Object> of(Object body) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (body instanceof MethodErrorBody error) {
            put(members, "error", error.error());
            put(members, "message", error.message());
            put(members, "allowed_methods", error.allowedMethods());
        } else if (body instanceof ProblemDetailBody problem) {
            put(members, "type", problem.type());
            put(members, "title", problem.title());
            put(members, "status", problem.status());
            put(members, "detail", problem.detail());
            put(members, "instance", problem.instance());
            put(members, "allowed_methods", problem.allowedMethods());
        } else {
            throw new IllegalArgumentException("not an error body: " + body);
        }
        return members;
    }

    private static void put(Map<String, Object> members, String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
    }
}
