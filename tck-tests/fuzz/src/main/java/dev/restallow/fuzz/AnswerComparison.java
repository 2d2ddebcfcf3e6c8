package dev.restallow.fuzz;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares what the application answered without rest-allow and with it. They may differ only
 * where rest-allow is meant to act: a 405 (its {@code Allow}, body and their headers; or 501 for a
 * method no resource implements) and an automatic OPTIONS (200, {@code Allow}, no body). Everything
 * else must be identical: status, headers (but Date, Server and connection management) and body.
 * Every answer that rest-allow shaped is then checked from outside by the {@link AllowOracle}.
 */
final class AnswerComparison {

    /** Set by the server, or by the clock: Jersey's WADL carries the time it was generated as Last-modified. */
    private static final Set<String> IGNORED_HEADERS = Set.of("date", "server", "connection", "keep-alive", "last-modified");
    /** The headers that describe a 405's or an automatic OPTIONS answer's body, which rest-allow replaces. */
    private static final Set<String> REPLACED_BY_REST_ALLOW = Set.of(
            "allow", "content-type", "content-length", "transfer-encoding", "vary");
    /** RFC 9110's methods, PATCH and QUERY: never 501. */
    private static final Set<String> RECOGNISED = Set.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY");
    /** The body of a generated resource method: "ClassName.methodName". */
    private static final Pattern GENERATED_OPTIONS_BODY = Pattern.compile("\\w+\\.options\\d+");

    private final AllowOracle oracle;
    private final WireClient without;
    private final URI withBase;
    private final URI withoutBase;

    AnswerComparison(AllowOracle oracle, WireClient without, URI withBase, URI withoutBase) {
        this.oracle = oracle;
        this.without = without;
        this.withBase = withBase;
        this.withoutBase = withoutBase;
    }

    /** What is wrong with the answer with rest-allow, or null. */
    String difference(FuzzRequest request, WireClient.Answer withoutAnswer, WireClient.Answer withAnswer) {
        if (withoutAnswer.status() == 405 && withoutAnswer.header("Allow") == null && sameAnswer(withoutAnswer, withAnswer)) {
            // the HTTP server's own 405, before any JAX-RS code runs (Jetty refuses TRACE and a path that climbs
            // above the root): rest-allow never sees the request, and every runtime here puts an Allow on its own 405s
            return null;
        }
        if (withoutAnswer.status() == 405 && !AllowOracle.TOKEN.matcher(request.method()).matches()) {
            return withAnswer.status() == 400 ? headerDifference(withoutAnswer, withAnswer, REPLACED_BY_REST_ALLOW)
                    : "status " + withAnswer.status() + " instead of 400 for a method that is no token";
        }
        if (withoutAnswer.status() == 405 && (withAnswer.status() == 405 || withAnswer.status() == 501)) {
            if (withAnswer.status() == 501 && oracle.isImplemented(request.method())) {
                return "501 for " + request.method() + ", which the application implements";
            }
            if (withAnswer.status() == 501 && RECOGNISED.contains(request.method())) {
                return "501 for " + request.method() + ", which is a recognised method (405 expected)";
            }
            String headers = headerDifference(withoutAnswer, withAnswer, REPLACED_BY_REST_ALLOW);
            return headers != null ? headers : oracle.check(request.path(), request.method(), withAnswer);
        }
        if (isAutomaticOptions(request, withAnswer) && !sameAnswer(withoutAnswer, withAnswer)) {
            if (withoutAnswer.status() == 204 || GENERATED_OPTIONS_BODY.matcher(withoutAnswer.body()).matches()) {
                return "an @OPTIONS method of the application answers here, yet rest-allow answered";
            }
            if (withoutAnswer.status() == 404 && !servedWithoutRestAllow(request.path(), withAnswer)) {
                return "automatic OPTIONS where nothing is served without rest-allow";
            }
            // Jersey answers 405 to OPTIONS on some locator targets: rest-allow's automatic OPTIONS replaces that too
            if (withoutAnswer.status() != 200 && withoutAnswer.status() != 404 && withoutAnswer.status() != 405) {
                return "automatic OPTIONS where the runtime answers " + withoutAnswer.status();
            }
            // the runtime's own answer (Jersey's WADL with its Last-modified, RESTEasy's text list) is replaced whole
            return oracle.check(request.path(), request.method(), withAnswer);
        }
        if (withoutAnswer.status() != withAnswer.status()) {
            return "status " + withAnswer.status() + " instead of " + withoutAnswer.status();
        }
        String headers = headerDifference(withoutAnswer, withAnswer, Set.of());
        if (headers != null) {
            return headers;
        }
        return normalized(withoutAnswer.body(), withoutBase).equals(normalized(withAnswer.body(), withBase)) ? null
                : "the bodies differ";
    }

    private static boolean isAutomaticOptions(FuzzRequest request, WireClient.Answer answer) {
        boolean preflight = request.headerLines().stream().anyMatch(line -> line.startsWith("Origin:"))
                && request.headerLines().stream().anyMatch(line -> line.startsWith("Access-Control-Request-Method:"));
        return request.method().equals("OPTIONS") && !preflight && answer.status() == 200
                && answer.header("Allow") != null
                && (answer.body().isEmpty() || answer.body().equals(answer.header("Allow")));
    }

    /**
     * Without rest-allow, CXF answers OPTIONS below a sub-resource locator with 404 although the
     * path is served: some method named in rest-allow's Allow (other than OPTIONS) must be served
     * there without rest-allow.
     */
    private boolean servedWithoutRestAllow(String path, WireClient.Answer withAnswer) {
        for (String method : withAnswer.header("Allow").split(", ")) {
            if (!method.equals("OPTIONS")) {
                int status = without.send(FuzzRequest.probe(method, path)).status();
                if (status != 404 && status != 405) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameAnswer(WireClient.Answer withoutAnswer, WireClient.Answer withAnswer) {
        return withoutAnswer.status() == withAnswer.status() && headerDifference(withoutAnswer, withAnswer, Set.of()) == null
                && normalized(withoutAnswer.body(), withoutBase).equals(normalized(withAnswer.body(), withBase));
    }

    private String headerDifference(WireClient.Answer withoutAnswer, WireClient.Answer withAnswer, Set<String> alsoIgnored) {
        List<String> expected = comparable(withoutAnswer, alsoIgnored, withoutBase);
        List<String> actual = comparable(withAnswer, alsoIgnored, withBase);
        return expected.equals(actual) ? null : "headers differ: " + actual + " instead of " + expected;
    }

    private static List<String> comparable(WireClient.Answer answer, Set<String> alsoIgnored, URI base) {
        List<String> lines = new ArrayList<>();
        for (String line : answer.headers()) {
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            if (!IGNORED_HEADERS.contains(name) && !alsoIgnored.contains(name)) {
                lines.add(name + ":" + normalized(colon < 0 ? "" : line.substring(colon + 1).trim(), base));
            }
        }
        lines.sort(null);
        return lines;
    }

    /** The text with the application's address replaced: the two deployments listen on different ports. */
    private static String normalized(String text, URI base) {
        return text.replace(base.getHost() + ":" + base.getPort(), "{authority}");
    }
}
