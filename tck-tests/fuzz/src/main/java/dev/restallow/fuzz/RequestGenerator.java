package dev.restallow.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws random requests for one model: paths that instantiate the model's templates (class path,
 * locator paths, method path), often mutated (encoded characters, trailing and double slashes,
 * matrix parameters, dot segments, non-ASCII bytes, extra or missing segments); every standard
 * method, the model's custom verbs, unknown and malformed tokens; random Accept and Content-Type.
 */
final class RequestGenerator {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}");
    private static final String[] VALUES = {
        "1", "42", "abc", "b", "c", "a", "x.y", "%20", "caf%C3%A9", utf8("é"), "a%2Fb", "-", "~u", "007", "items", "Z",
    };
    private static final String[] STANDARD_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    private static final String[] OTHER_METHODS = {
        "PURGE", "FOO", "BREW", "PROPFIND", "get", "Delete", "GE(T", "A,B", "X\u0001Y", utf8("DÉLETE"), "TRACE",
    };
    private static final String[] ACCEPT = {
        "*/*", "text/plain", "application/json", "application/xml", "text/html", "application/problem+json",
        "application/json;q=0.5, application/problem+json", "image/png",
    };
    private static final String[] CONTENT_TYPES = {"text/plain", "application/json", "application/xml", "image/png"};
    private static final String[] JUNK_PATHS = {"", "/", "zz", "a/zz/zz", "application.wadl", "%", "a/%zz", "..", "a/../../b"};

    private final Random random;
    private final boolean pathsAsSpecified;
    private final List<List<String>> chains = new ArrayList<>();
    private final List<String> verbs;

    /** @param pathsAsSpecified whether paths may carry matrix parameters and empty segments (see {@link FuzzRuntime}) */
    RequestGenerator(FuzzModel model, long seed, boolean pathsAsSpecified) {
        this.random = new Random(seed);
        this.pathsAsSpecified = pathsAsSpecified;
        for (FuzzModel.ResourceClass root : model.roots()) {
            collectChains(root, List.of(root.path()));
        }
        this.verbs = List.copyOf(model.declaredVerbs());
    }

    private void collectChains(FuzzModel.ResourceClass resourceClass, List<String> prefix) {
        chains.add(prefix);
        for (FuzzModel.Member member : resourceClass.members()) {
            List<String> chain = new ArrayList<>(prefix);
            if (member.path() != null) {
                chain.add(member.path());
            }
            if (member.isLocator()) {
                collectChains(member.target(), chain);
            } else {
                chains.add(chain);
            }
        }
    }

    FuzzRequest next() {
        String method = method();
        String path = path();
        List<String> headers = new ArrayList<>();
        if (random.nextInt(5) < 2) {
            headers.add("Accept: " + pick(ACCEPT));
        }
        String body = null;
        if (random.nextInt(3) == 0) {
            headers.add("Content-Type: " + pick(CONTENT_TYPES));
            body = "x";
        }
        if (method.equals("OPTIONS") && random.nextInt(6) == 0) {
            headers.add("Origin: http://example.org");
            headers.add("Access-Control-Request-Method: " + pick(STANDARD_METHODS));
        }
        return new FuzzRequest(method, path, headers, body);
    }

    private String method() {
        int draw = random.nextInt(20);
        if (draw < 11) {
            return pick(STANDARD_METHODS);
        }
        if (draw < 16 && !verbs.isEmpty()) {
            return verbs.get(random.nextInt(verbs.size()));
        }
        // unknown and malformed tokens, and case variants such as "get" (CXF serves them as GET)
        return pick(OTHER_METHODS);
    }

    private String path() {
        if (random.nextInt(20) == 0) {
            String junk = pick(JUNK_PATHS);
            return junk;
        }
        StringBuilder path = new StringBuilder();
        for (String template : chains.get(random.nextInt(chains.size()))) {
            String segment = instantiate(template);
            if (segment.isEmpty()) {
                continue;
            }
            if (path.length() > 0 && path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            path.append(segment);
        }
        String concrete = path.toString().replaceAll("^/+", "").replaceAll("/+$", "");
        int mutations = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < mutations; i++) {
            concrete = mutate(concrete);
        }
        return concrete;
    }

    /** A concrete path for one template: each variable replaced by a value its regex accepts, mostly. */
    private String instantiate(String template) {
        String withoutSlashes = template.replaceAll("^/+|/+$", "");
        Matcher variable = VARIABLE.matcher(withoutSlashes);
        StringBuilder concrete = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(concrete, Matcher.quoteReplacement(value(variable.group(2))));
        }
        variable.appendTail(concrete);
        return concrete.toString();
    }

    private String value(String regex) {
        if (regex == null || random.nextInt(5) == 0) {
            return pick(VALUES);
        }
        return switch (regex.trim()) {
            case "[0-9]+" -> Integer.toString(random.nextInt(1000));
            case "[a-z]+" -> pick(new String[] {"abc", "q", "zz"});
            case "[a-z]{1,3}" -> pick(new String[] {"a", "bc", "xyz"});
            case ".+" -> pick(new String[] {"q", "q/r", "b/c", "1/2/3"});
            case "a.*" -> pick(new String[] {"a", "abc", "a1"});
            default -> pick(VALUES);
        };
    }

    private String mutate(String path) {
        switch (random.nextInt(12)) {
            case 0:
                return path.endsWith(";m=0") || path.endsWith(";m=1") || path.endsWith(";m=2") ? path : path + "/";
            case 1:
                return pathsAsSpecified ? insertAtSlash(path, "/") : path + "/";
            case 2:
                return pathsAsSpecified ? insertAtSegmentEnd(path, ";m=" + random.nextInt(3)) : path;
            case 3:
                return insertAtSlash(path, "./");
            case 4:
                return insertAtSlash(path, "zz/../");
            case 5:
                return encodeOneCharacter(path);
            case 6:
                return path.replaceFirst("/", "%2F");
            case 7:
                return insertAtSlash(path, utf8("ü") + "/");
            case 8:
                return path.toUpperCase();
            case 9:
                return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            case 10:
                return path + "/" + pick(VALUES);
            default:
                return path + "?q=" + random.nextInt(3);
        }
    }

    private String insertAtSlash(String path, String insert) {
        List<Integer> positions = new ArrayList<>();
        positions.add(0);
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                positions.add(i + 1);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        return path.substring(0, at) + insert + path.substring(at);
    }

    /**
     * Appends to a random non-empty segment. Never to an empty one: RESTEasy answers 404 for
     * {@code /r1/;m=2} where {@code @Path("r1")} serves {@code /r1/}, while Jakarta REST ignores
     * matrix parameters in matching, as rest-allow's model does.
     */
    private String insertAtSegmentEnd(String path, String insert) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i <= path.length(); i++) {
            if ((i == path.length() || path.charAt(i) == '/') && i > 0 && path.charAt(i - 1) != '/') {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return path;
        }
        int at = positions.get(random.nextInt(positions.size()));
        return path.substring(0, at) + insert + path.substring(at);
    }

    private String encodeOneCharacter(String path) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            if (Character.isLetterOrDigit(path.charAt(i)) && path.charAt(i) < 0x80) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return path;
        }
        int at = letters.get(random.nextInt(letters.size()));
        return path.substring(0, at) + String.format("%%%02X", (int) path.charAt(at)) + path.substring(at + 1);
    }

    /** The UTF-8 bytes of a text, one char per byte, as {@link FuzzRequest#path()} carries them. */
    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
