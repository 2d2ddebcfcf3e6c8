package dev.restallow.tck.probe;

import dev.restallow.tck.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * Probes every route of a running Jakarta REST application with every standard method over real
 * HTTP and checks the method contract that rest-allow guarantees; call it from the application's
 * own tests (JerseyTest, {@code @QuarkusTest}, an Arquillian {@code @RunAsClient} test).
 *
 * <p>The routes come from the resource classes alone (class and method {@code @Path}, every
 * {@code @HttpMethod} annotation including custom verbs, sub-resource locators through their
 * declared return types); each template becomes one concrete path (a variable gets the value
 * given with {@link #withPathValue}, else a value its regular expression matches, else
 * {@value #DEFAULT_VALUE}). The methods a path offers are those of the resource that Jakarta REST
 * §3.7.2 selects for it, plus HEAD where GET is, plus OPTIONS, in the order GET, HEAD, POST, PUT,
 * PATCH, DELETE, OPTIONS, then others alphabetically. At each path it checks:
 * <ul>
 * <li>automatic OPTIONS: 200, one {@code Allow} header naming exactly those methods, no body
 * (where the application declares {@code @OPTIONS} itself, only that it is not refused);</li>
 * <li>every listed method: neither 405 nor 501;</li>
 * <li>every other standard method, and every custom verb the application declares elsewhere:
 * 405 with exactly that {@code Allow} and (except for HEAD) a JSON body, {@code application/json}
 * or {@code application/problem+json}, whose {@code allowed_methods} is the same list.</li>
 * </ul>
 * POST, PUT and PATCH carry {@code {}} as {@code application/json}. The requests are real: they run
 * the application's methods, so point the path values at data the test may change. Below a locator
 * declared to return {@code Object}, an interface or an abstract class the runtime class decides
 * what answers; the probe names such locators on standard output and sends nothing there.
 *
 * <p>Where templates of different resources overlap, the probe expects the answer of the §3.7.2
 * winner, as RESTEasy and CXF serve it; Jersey may serve a method of a losing template there, and
 * the probe then reports it.
 *
 * <p>{@link #assertContract()} sends everything, then fails once with a table of every finding.
 * Instances are immutable; each {@code with...} method returns a new probe.
 */
public final class MethodContractProbe {

    /** The value of a template variable without a regular expression, unless one is given. */
    public static final String DEFAULT_VALUE = "probe";

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final URI base;
    private final List<Class<?>> resourceClasses;
    private final RouteModel model;
    private final Map<String, String> pathValues;
    private final Set<String> refusalsByResource;
    private final boolean checkBodies;

    private MethodContractProbe(URI base, List<Class<?>> resourceClasses, RouteModel model,
            Map<String, String> pathValues, Set<String> refusalsByResource, boolean checkBodies) {
        this.base = base;
        this.resourceClasses = resourceClasses;
        this.model = model;
        this.pathValues = pathValues;
        this.refusalsByResource = refusalsByResource;
        this.checkBodies = checkBodies;
    }

    /**
     * A probe of the given resource classes (root resources; the classes their locators return are
     * followed) at {@code applicationRoot}, the URI the application path maps to, e.g.
     * {@code http://127.0.0.1:8080/api/}.
     */
    public static MethodContractProbe forResources(URI applicationRoot, Class<?>... resourceClasses) {
        return forResources(applicationRoot, List.of(resourceClasses));
    }

    /** As {@link #forResources(URI, Class[])}. */
    public static MethodContractProbe forResources(URI applicationRoot, Collection<? extends Class<?>> resourceClasses) {
        if (resourceClasses.isEmpty()) {
            throw new IllegalArgumentException("no resource classes to probe");
        }
        List<Class<?>> classes = List.copyOf(resourceClasses);
        return new MethodContractProbe(applicationRoot, classes, RouteModel.of(classes), Map.of(), Set.of(), true);
    }

    /**
     * A probe of the classes an {@link Application} names ({@code getClasses()} and the classes of
     * {@code getSingletons()}) under {@code contextRoot} plus its {@code @ApplicationPath}. An
     * application that leaves its classes to scanning names none: use {@link #forResources}.
     */
    public static MethodContractProbe forApplication(URI contextRoot, Application application) {
        Set<Class<?>> classes = new LinkedHashSet<>(application.getClasses());
        application.getSingletons().forEach(singleton -> classes.add(singleton.getClass()));
        if (classes.stream().noneMatch(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))) {
            throw new IllegalArgumentException(application.getClass().getName()
                    + " names no resource classes (the runtime scans for them): list them with forResources");
        }
        String root = contextRoot.toString().endsWith("/") ? contextRoot.toString() : contextRoot + "/";
        return forResources(URI.create(root + applicationPath(application.getClass())), classes);
    }

    private static String applicationPath(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ApplicationPath path = c.getAnnotation(ApplicationPath.class);
            if (path != null) {
                String value = path.value().replaceAll("^/+", "").replaceAll("/\\*?$", "");
                return value.isEmpty() ? "" : value + "/";
            }
        }
        return "";
    }

    /** Uses {@code value} for every template variable named {@code variable}, e.g. an id that exists. */
    public MethodContractProbe withPathValue(String variable, String value) {
        Map<String, String> values = new HashMap<>(pathValues);
        values.put(variable, value);
        return new MethodContractProbe(base, resourceClasses, model, Map.copyOf(values), refusalsByResource,
                checkBodies);
    }

    /**
     * Declares that the resource itself refuses {@code method} at {@code path} (a listed method; the
     * resource's state decides, it throws {@code NotAllowedException} naming the methods it allows).
     * There the probe expects a 405 whose {@code Allow} leaves the method out and whose body's
     * {@code allowed_methods} equals that {@code Allow}.
     *
     * @param path the concrete path as the probe sends it (see {@link #expectedAllow()})
     */
    public MethodContractProbe withRefusalByResource(String path, String method) {
        Set<String> refusals = new HashSet<>(refusalsByResource);
        refusals.add(method + " " + path);
        return new MethodContractProbe(base, resourceClasses, model, pathValues, Set.copyOf(refusals), checkBodies);
    }

    /**
     * Skips the checks of the 405 bodies: for an application configured with
     * {@code rest-allow.body=none}, or one that maps {@code WebApplicationException} itself.
     */
    public MethodContractProbe withoutBodyCheck() {
        return new MethodContractProbe(base, resourceClasses, model, pathValues, refusalsByResource, false);
    }

    /**
     * The paths the probe sends requests to (relative to the base URI, percent-encoded) and the
     * {@code Allow} it expects at each, in path order.
     */
    public Map<String, String> expectedAllow() {
        Map<String, String> expected = new LinkedHashMap<>();
        plan().forEach(probed -> expected.put(probed.path(), AllowList.header(probed.allow())));
        return expected;
    }

    /** Sends every request and returns what broke the contract; empty when nothing did. */
    public List<Finding> findings() {
        List<ProbedPath> plan = plan();
        checkRefusalsArePlanned(plan);
        model.opaqueLocators().forEach(locator -> System.out.println("MethodContractProbe: nothing probed below "
                + locator.path() + ": its locator is declared to return " + locator.declaredReturnType()));
        Http http = new Http(base);
        List<Finding> findings = new ArrayList<>();
        for (ProbedPath probed : plan) {
            Set<String> methods = new LinkedHashSet<>(AllowList.STANDARD);
            methods.addAll(model.customMethods());
            methods.addAll(probed.allow());
            for (String method : AllowList.of(methods)) {
                check(http, probed, method).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** Sends every request and fails with a table of the findings, if there are any. */
    public void assertContract() {
        List<Finding> findings = findings();
        if (!findings.isEmpty()) {
            Assertions.fail(FindingsTable.render(findings.size() + " answer" + (findings.size() == 1 ? "" : "s")
                    + " from " + base + " break the method contract (Allow = the methods not refused, in canonical order):",
                    findings));
        }
    }

    /** One concrete path and the methods it must offer. */
    private record ProbedPath(String path, List<String> allow, boolean explicitOptions) {
    }

    private List<ProbedPath> plan() {
        List<RouteModel.Route> routes = model.routes();
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("no resource methods in " + resourceClasses);
        }
        Set<String> variables = routes.stream().flatMap(route -> route.path().variableNames().stream())
                .collect(Collectors.toSet());
        for (String name : pathValues.keySet()) {
            if (!variables.contains(name)) {
                throw new IllegalArgumentException("no template variable {" + name + "} in the resources; they have "
                        + new TreeSet<>(variables));
            }
        }
        Map<String, ProbedPath> byPath = new TreeMap<>();
        for (RouteModel.Route route : routes) {
            String decoded = route.path().concrete(pathValues, DEFAULT_VALUE);
            Optional<Set<String>> declared = model.declaredMethodsAt("/" + decoded);
            declared.ifPresent(methods -> byPath.putIfAbsent(decoded, new ProbedPath(encodePath(decoded),
                    AllowList.of(methods), methods.contains("OPTIONS"))));
        }
        return List.copyOf(byPath.values());
    }

    private void checkRefusalsArePlanned(List<ProbedPath> plan) {
        for (String refusal : refusalsByResource) {
            String[] methodAndPath = refusal.split(" ", 2);
            boolean listed = plan.stream().anyMatch(probed -> probed.path().equals(methodAndPath[1])
                    && probed.allow().contains(methodAndPath[0]));
            if (!listed) {
                throw new IllegalArgumentException("withRefusalByResource(\"" + methodAndPath[1] + "\", \""
                        + methodAndPath[0] + "\"): the resources list no such method there; probed paths: "
                        + expectedAllow());
            }
        }
    }

    private Optional<Finding> check(Http http, ProbedPath probed, String method) {
        Answer answer;
        try {
            Http.Reply reply = METHODS_WITH_BODY.contains(method)
                    ? http.sendWithBody(method, probed.path(), "{}", "Content-Type", "application/json")
                    : http.send(method, probed.path());
            answer = new Answer(method, reply);
        } catch (IllegalStateException noAnswer) {
            Throwable cause = noAnswer.getCause() != null ? noAnswer.getCause() : noAnswer;
            return Optional.of(new Finding(probed.path(), method, "an answer", "no answer: " + cause));
        }
        String allow = AllowList.header(probed.allow());
        Optional<String> wrong;
        String expected;
        if (refusalsByResource.contains(method + " " + probed.path())) {
            expected = "405 refused by the resource, Allow without " + method + (bodyChecked(method)
                    ? ", JSON allowed_methods = Allow" : "");
            wrong = answer.refusedByResource(bodyChecked(method));
        } else if (method.equals("OPTIONS") && !probed.explicitOptions()) {
            expected = "200, Allow: " + allow + ", no body";
            wrong = answer.automaticOptions(allow);
        } else if (probed.allow().contains(method)) {
            expected = "not 405 or 501 (Allow lists " + method + ")";
            wrong = answer.served();
        } else {
            expected = "405, Allow: " + allow + (bodyChecked(method) ? ", JSON allowed_methods [" + allow + "]" : "");
            wrong = answer.refused(allow, bodyChecked(method));
        }
        return wrong.map(got -> new Finding(probed.path(), method, expected, got));
    }

    private boolean bodyChecked(String method) {
        return checkBodies && !method.equals("HEAD");
    }

    /** One answer and the contract's questions about it; each returns the answer's description when it fails. */
    private record Answer(String method, Http.Reply reply) {

        Optional<String> automaticOptions(String allow) {
            boolean kept = reply.status() == 200 && allowValues().equals(List.of(allow)) && reply.body().isEmpty();
            return kept ? Optional.empty() : Optional.of(describe(false));
        }

        Optional<String> served() {
            boolean kept = reply.status() != 405 && reply.status() != 501;
            return kept ? Optional.empty() : Optional.of(describe(false));
        }

        Optional<String> refused(String allow, boolean withBody) {
            boolean kept = reply.status() == 405 && allowValues().equals(List.of(allow))
                    && (!withBody || allowedMethodsInBody().map(allow::equals).orElse(false));
            return kept ? Optional.empty() : Optional.of(describe(withBody));
        }

        Optional<String> refusedByResource(boolean withBody) {
            List<String> allow = allowValues();
            boolean kept = reply.status() == 405 && allow.size() == 1
                    && !List.of(allow.get(0).split(", ")).contains(method)
                    && (!withBody || allowedMethodsInBody().map(allow.get(0)::equals).orElse(false));
            return kept ? Optional.empty() : Optional.of(describe(withBody));
        }

        private List<String> allowValues() {
            return reply.headers().allValues("Allow");
        }

        /** The body's {@code allowed_methods} joined like an Allow header, if the body is JSON and has it. */
        private Optional<String> allowedMethodsInBody() {
            if (!isJsonType()) {
                return Optional.empty();
            }
            return jsonObject().map(json -> json.get("allowed_methods"))
                    .filter(value -> value.getValueType() == JsonValue.ValueType.ARRAY)
                    .map(value -> ((JsonArray) value).stream()
                            .map(item -> item instanceof JsonString s ? s.getString() : item.toString())
                            .collect(Collectors.joining(", ")));
        }

        private boolean isJsonType() {
            String type = reply.headers().firstValue("Content-Type").orElse("").split(";")[0].trim()
                    .toLowerCase(Locale.ROOT);
            return type.equals("application/json") || type.equals("application/problem+json");
        }

        private Optional<JsonObject> jsonObject() {
            try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
                return Optional.of(reader.readObject());
            } catch (JsonException notAnObject) {
                return Optional.empty();
            }
        }

        /** Status, Allow, and (when the body matters) the body's type and allowed_methods. */
        private String describe(boolean withBody) {
            List<String> allow = allowValues();
            StringBuilder text = new StringBuilder().append(reply.status()).append(", ");
            if (allow.isEmpty()) {
                text.append("no Allow");
            } else if (allow.size() == 1) {
                text.append("Allow: ").append(allow.get(0));
            } else {
                text.append("Allow ").append(allow.size()).append(" times: ").append(allow);
            }
            if (withBody || !reply.body().isEmpty()) {
                text.append(", ").append(bodySummary());
            }
            return text.toString();
        }

        private String bodySummary() {
            if (reply.body().isEmpty()) {
                return "no body";
            }
            String type = reply.headers().firstValue("Content-Type").orElse("no Content-Type");
            if (isJsonType()) {
                Optional<String> allowed = allowedMethodsInBody();
                if (allowed.isPresent()) {
                    return "JSON allowed_methods [" + allowed.get() + "]";
                }
                if (jsonObject().isPresent()) {
                    return type + " without allowed_methods";
                }
            }
            String body = reply.body().replaceAll("\\s+", " ").strip();
            return type + " body \"" + (body.length() > 40 ? body.substring(0, 40) + "..." : body) + "\"";
        }
    }

    /** Percent-encodes what may not stand in a path segment as it is; ';' too, which would start matrix parameters. */
    private static String encodePath(String decoded) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/:@!$&'()*+,=".indexOf(c) >= 0) {
                encoded.write(c);
            } else {
                encoded.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return encoded.toString(StandardCharsets.US_ASCII);
    }
}
