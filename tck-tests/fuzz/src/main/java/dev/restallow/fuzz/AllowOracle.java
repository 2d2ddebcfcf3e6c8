package dev.restallow.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an {@code Allow} from outside, with nothing but HTTP: at the same path every listed method
 * must not get 405 (nor 501), every standard method and declared custom verb not listed must get
 * 405 (or 501 when no resource of the application implements it). The header itself must be one
 * line in canonical order (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then others
 * alphabetically), separated by ", ".
 */
final class AllowOracle {

    static final List<String> STANDARD_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern ALLOWED_METHODS_MEMBER = Pattern.compile("\"allowed_methods\"\\s*:\\s*\\[([^\\]]*)\\]");

    private final WireClient with;
    private final List<String> probedMethods;
    private final Set<String> implementedMethods;
    private final Map<String, String> checked = new HashMap<>();

    /**
     * @param with the application with rest-allow
     * @param declaredVerbs every verb the model declares
     */
    AllowOracle(WireClient with, Set<String> declaredVerbs) {
        this.with = with;
        List<String> methods = new ArrayList<>(STANDARD_METHODS);
        declaredVerbs.stream().filter(verb -> !STANDARD_METHODS.contains(verb)).sorted().forEach(methods::add);
        this.probedMethods = List.copyOf(methods);
        Set<String> implemented = new HashSet<>(declaredVerbs);
        if (!implemented.isEmpty()) {
            implemented.add("OPTIONS");
        }
        if (implemented.contains("GET")) {
            implemented.add("HEAD");
        }
        this.implementedMethods = Set.copyOf(implemented);
    }

    /** Whether some resource of the application implements the method (else rest-allow may answer 501). */
    boolean isImplemented(String method) {
        return implementedMethods.contains(method) || method.equals("GET") || method.equals("HEAD")
                || method.equals("OPTIONS");
    }

    /**
     * Checks a 405, 501 or automatic OPTIONS answer that rest-allow sent for a request to {@code path}.
     *
     * @return what is wrong, or null
     */
    String check(String path, String method, WireClient.Answer answer) {
        List<String> allowLines = answer.all("Allow");
        if (allowLines.size() != 1) {
            return "expected one Allow header line, got " + allowLines;
        }
        String allow = allowLines.get(0);
        String format = formatProblem(allow);
        if (format != null) {
            return format;
        }
        String body = bodyProblem(method, answer, allow);
        if (body != null) {
            return body;
        }
        // a 405 never lists the method it refuses, even where that method is served to other headers (CXF
        // drops a method whose @Produces or @Consumes does not fit and then refuses the request elsewhere)
        String refused = answer.status() == 405 ? method : null;
        return checked.computeIfAbsent(path + "\n" + allow + "\n" + refused,
                key -> probe(path, List.of(allow.split(", ")), refused));
    }

    private static String formatProblem(String allow) {
        List<String> methods = List.of(allow.split(", ", -1));
        for (String method : methods) {
            if (!TOKEN.matcher(method).matches()) {
                return "Allow '" + allow + "' is not a list of tokens separated by \", \"";
            }
        }
        List<String> canonical = new ArrayList<>(new HashSet<>(methods));
        canonical.sort(AllowOracle::canonicalOrder);
        if (!canonical.equals(methods)) {
            return "Allow '" + allow + "' is not in canonical order without repeats: " + String.join(", ", canonical);
        }
        return null;
    }

    private static int canonicalOrder(String a, String b) {
        int rankA = STANDARD_METHODS.indexOf(a);
        int rankB = STANDARD_METHODS.indexOf(b);
        if (rankA >= 0 || rankB >= 0) {
            return Integer.compare(rankA < 0 ? Integer.MAX_VALUE : rankA, rankB < 0 ? Integer.MAX_VALUE : rankB);
        }
        return a.compareTo(b);
    }

    /** A JSON body of a 405 or 501 names the same methods as the header; HEAD and OPTIONS answers have none. */
    private static String bodyProblem(String method, WireClient.Answer answer, String allow) {
        if (method.equals("HEAD")) {
            return answer.body().isEmpty() ? null : "expected no body, got " + answer.body();
        }
        if (answer.status() == 200) {
            // automatic OPTIONS: no body, or the list as text/plain where the client asked for it
            String contentType = answer.header("Content-Type");
            boolean list = answer.body().equals(allow) && contentType != null && contentType.startsWith("text/plain");
            return answer.body().isEmpty() || list ? null : "expected no body or the text/plain list, got " + answer.body();
        }
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.contains("json")) {
            return "expected a JSON body, got Content-Type " + contentType;
        }
        Matcher member = ALLOWED_METHODS_MEMBER.matcher(answer.body());
        if (!member.find()) {
            return "the body has no allowed_methods: " + answer.body();
        }
        String listed = member.group(1).replace("\"", "").replaceAll("\\s*,\\s*", ", ");
        return listed.equals(allow) ? null : "allowed_methods [" + listed + "] differs from Allow " + allow;
    }

    private String probe(String path, List<String> allowed, String refusedHere) {
        List<String> wrong = new ArrayList<>();
        for (String method : probedMethods) {
            if (method.equals(refusedHere)) {
                continue;
            }
            int status = with.send(FuzzRequest.probe(method, path)).status();
            boolean refused = status == 405 || status == 501 && !isImplemented(method);
            if (allowed.contains(method) == refused) {
                wrong.add(method + " -> " + status);
            }
        }
        for (String method : allowed) {
            if (!probedMethods.contains(method)) {
                int status = with.send(FuzzRequest.probe(method, path)).status();
                if (status == 405 || status == 501) {
                    wrong.add(method + " -> " + status);
                }
            }
        }
        return wrong.isEmpty() ? null
                : "Allow " + String.join(", ", allowed) + " is not exact at /" + path + ": " + String.join("; ", wrong);
    }
}
