package dev.restallow.internal.check;

import java.util.List;

/**
 * One finding of the start-up checks.
 *
 * @param check which check found it
 * @param methods the resource methods involved, {@code Class#method}
 * @param exampleRequest a request that shows it, e.g. {@code DELETE /orders/new}
 * @param detail what happens, in a sentence
 */
record MethodWarning(Check check, List<String> methods, String exampleRequest, String detail) {

    MethodWarning {
        methods = List.copyOf(methods);
    }

    /** The start-up checks. */
    enum Check {
        UNREACHABLE("unreachable method"),
        AMBIGUOUS("ambiguous methods"),
        EMPTY_PATH("path without methods"),
        ENTITY_PARAMETER("entity parameter on GET, HEAD or DELETE"),
        HEAD_WITHOUT_GET("@HEAD without @GET"),
        LOCATOR_CYCLE("locator cycle"),
        SHARED_ROOT_TEMPLATE("root classes sharing a template");

        private final String title;

        Check(String title) {
            this.title = title;
        }

        /** The check's name as the log line starts with it, e.g. {@code unreachable method}. */
        String title() {
            return title;
        }
    }

    /** The log line: the check, the detail, the methods and the example request. */
    String message() {
        return check.title + ": " + detail + " (methods: " + String.join(", ", methods) + "; example: "
                + exampleRequest + ")";
    }
}
