package dev.restallow;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The RFC 9457 {@code application/problem+json} body of a 405 or 501 answer, with the extension
 * member {@code allowed_methods}.
 *
 * @param type always {@code about:blank} (the problem is the HTTP status itself, RFC 9457 §4.2.1)
 * @param title the reason phrase of the status
 * @param status the HTTP status code
 * @param detail what went wrong, in one sentence
 * @param instance the request path
 * @param allowedMethods the methods that the resource does serve, as in {@code Allow}
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "allowedMethods"})
public record ProblemDetailBody(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonbProperty("allowed_methods") List<String> allowedMethods) {
}
