package dev.restallow;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The default {@code application/json} body of a 405 or 501 answer.
 *
 * @param error the reason phrase, e.g. "Method Not Allowed"
 * @param message what went wrong, in one sentence
 * @param allowedMethods the methods that the resource does serve, as in {@code Allow}
 */
@JsonbPropertyOrder({"error", "message", "allowedMethods"})
public record MethodErrorBody(
        String error,
        String message,
        @JsonbProperty("allowed_methods") List<String> allowedMethods) {
}
