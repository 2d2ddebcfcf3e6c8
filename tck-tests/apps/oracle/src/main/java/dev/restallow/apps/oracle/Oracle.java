package dev.restallow.apps.oracle;

import dev.restallow.apps.oracle.RawExchange.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outside oracle: sends every standard method, OPTIONS with three Accepts and an unknown token to every
 * route of an application, first to the server without rest-allow and then to the one with it (so that the
 * two applications' state moves in lockstep), and checks the contract from outside:
 * <ul>
 *   <li>every method in the {@code Allow} of the automatic OPTIONS is served (not 405, not 501);</li>
 *   <li>every other recognised method gets 405 with that same {@code Allow}, which never lists the refused
 *       method and is in canonical order;</li>
 *   <li>a token that is no recognised method and declared nowhere gets 501;</li>
 *   <li>automatic OPTIONS is 200 with the route's {@code Allow}; for {@code Accept: text/plain} its body is
 *       exactly the {@code Allow} methods as text/plain; otherwise it has no body, typed as the runtime types
 *       its own empty answer ({@code foo/bar} on Jersey), else untyped;</li>
 *   <li>everything else is what the server without rest-allow answered: status, Content-Type and body (a 405
 *       stays a 405; its body may differ unless the application maps it itself).</li>
 * </ul>
 */
public final class Oracle {

    /** The recognised methods the oracle sends, in the order sent (DELETE last: it may remove what the route shows). */
    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    /** A valid token that is no recognised method (RFC 9110 §9.1) and that no app declares. */
    public static final String UNKNOWN = "FROBNICATE";
    private static final List<String> CANONICAL = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> OPTIONS_ACCEPTS = List.of("*/*", "text/plain", "foo/bar");

    private final String app;
    private final List<Route> routes;
    private final boolean mapsWebApplicationException;

    private Oracle(String app, List<Route> routes, boolean mapsWebApplicationException) {
        this.app = app;
        this.routes = routes;
        this.mapsWebApplicationException = mapsWebApplicationException;
    }

    public static Oracle of(String app, Route... routes) {
        return new Oracle(app, List.of(routes), false);
    }

    /** The application has its own {@code ExceptionMapper<WebApplicationException>}: its 405 bodies are kept. */
    public Oracle mappingWebApplicationException() {
        return new Oracle(app, routes, true);
    }

    /** Runs every route, prints the table of deviations (also to target/oracle-APP.txt) and fails on any. */
    public void assertNoDeviations(URI without, URI with) {
        assertNoDeviations(without, with, List.of());
    }

    /**
     * As {@link #assertNoDeviations(URI, URI)}, where {@code addedWarnings} are the log lines at WARN or above
     * that the start with rest-allow logged and the one without did not (each is a deviation).
     */
    public void assertNoDeviations(URI without, URI with, List<String> addedWarnings) {
        List<Deviation> deviations = new ArrayList<>();
        for (String line : addedWarnings) {
            deviations.add(new Deviation(app, "start-up", "new log line at WARN or above", "-",
                    line.length() > 200 ? line.substring(0, 200) + "..." : line));
        }
        deviations.addAll(run(without, with));
        String table = table(deviations);
        System.out.println(table);
        write(table);
        if (!deviations.isEmpty()) {
            throw new AssertionError(deviations.size() + " deviation(s) in " + app + ", table above and in "
                    + file());
        }
    }

    /** The deviations, in the order found. */
    public List<Deviation> run(URI without, URI with) {
        List<Deviation> deviations = new ArrayList<>();
        for (Route route : routes) {
            new RouteRun(route, without, with, deviations).run();
        }
        return deviations;
    }

    private final class RouteRun {
        private final Route route;
        private final URI without;
        private final URI with;
        private final List<Deviation> deviations;

        RouteRun(Route route, URI without, URI with, List<Deviation> deviations) {
            this.route = route;
            this.without = without;
            this.with = with;
            this.deviations = deviations;
        }

        void run() {
            List<Probe> probes = new ArrayList<>();
            for (String accept : OPTIONS_ACCEPTS) {
                probes.add(send("OPTIONS", accept));
            }
            for (String method : METHODS) {
                probes.add(send(method, null));
            }
            probes.add(send(UNKNOWN, null));

            Probe options = probes.get(0);
            String allow = options.with.status() == 200 ? options.with.header("Allow") : null;
            if (allow == null) {
                allow = probes.stream().filter(p -> p.with.status() == 405).map(p -> p.with.header("Allow"))
                        .filter(Objects::nonNull).findFirst().orElse(null);
            }
            if (allow == null) {
                deviate(options, "no Allow on the automatic OPTIONS nor on any 405");
            } else {
                checkCanonical(options, allow);
            }
            Set<String> allowed = methods(allow);
            for (Probe probe : probes) {
                check(probe, allow, allowed);
            }
        }

        private Probe send(String method, String accept) {
            String[] headers = accept == null ? new String[0] : new String[] {"Accept", accept};
            boolean body = route.body() != null && Set.of("POST", "PUT", "PATCH").contains(method);
            if (body) {
                headers = concat(headers, "Content-Type", route.contentType());
            }
            String content = body ? route.body() : null;
            Answer o = RawExchange.send(without, method, route.path(), content, headers);
            Answer w = RawExchange.send(with, method, route.path(), content, headers);
            return new Probe(method, accept, o, w);
        }

        private void check(Probe probe, String allow, Set<String> allowed) {
            Answer o = probe.without;
            Answer w = probe.with;
            String method = probe.method;
            if (w.status() == 405) {
                Set<String> listed = methods(w.header("Allow"));
                if (listed.contains(method)) {
                    deviate(probe, "405 lists the refused method");
                }
                if (w.all("Allow").size() > 1) {
                    deviate(probe, "Allow sent on " + w.all("Allow").size() + " lines");
                }
            }
            if (method.equals(UNKNOWN) && mapsWebApplicationException) {
                // the application maps the runtime's 405 itself: its mapper answers an unknown method too
                checkBody405(probe);
                return;
            }
            if (method.equals(UNKNOWN)) {
                if (w.status() != 501) {
                    deviate(probe, "unknown token, declared nowhere: expected 501");
                }
                return;
            }
            if (route.refusedByState().containsKey(method)) {
                String expected = route.refusedByState().get(method);
                if (w.status() != 405 || !expected.equals(w.header("Allow"))) {
                    deviate(probe, "application-thrown 405: expected Allow: " + expected);
                }
                checkBody405(probe);
                return;
            }
            if (method.equals("OPTIONS") && !route.ownOptions()) {
                checkAutomaticOptions(probe, allow, allowed);
                return;
            }
            int before = deviations.size();
            if (allow != null) {
                if (allowed.contains(method) && (w.status() == 405 || w.status() == 501)) {
                    deviate(probe, method + " is in Allow: " + allow + " but refused");
                } else if (!allowed.contains(method) && w.status() != 405) {
                    deviate(probe, method + " is not in Allow: " + allow + ": expected 405");
                } else if (!allowed.contains(method) && !allow.equals(w.header("Allow"))) {
                    deviate(probe, "405 with another Allow than the route's (" + allow + ")");
                }
            }
            if (o.status() == 405 && w.status() == 405) {
                checkBody405(probe);
                return;
            }
            if (deviations.size() > before) {
                return;
            }
            if (o.status() != w.status()) {
                deviate(probe, "status differs");
            } else if (!Objects.equals(o.contentType(), w.contentType())) {
                deviate(probe, "Content-Type differs");
            } else if (!o.body().equals(w.body())) {
                deviate(probe, "body differs");
            } else if (route.ownOptions() && !Objects.equals(o.header("Allow"), w.header("Allow"))) {
                deviate(probe, "the application's own OPTIONS answer changed");
            }
        }

        private void checkBody405(Probe probe) {
            if (probe.without.status() != 405) {
                deviate(probe, "status differs");
            } else if (mapsWebApplicationException && !"HEAD".equals(probe.method)
                    && (!Objects.equals(probe.without.contentType(), probe.with.contentType())
                            || !probe.without.body().equals(probe.with.body()))) {
                deviate(probe, "the application's mapper answer for its 405 changed");
            }
        }

        private void checkAutomaticOptions(Probe probe, String allow, Set<String> allowed) {
            Answer o = probe.without;
            Answer w = probe.with;
            if (w.status() != 200) {
                deviate(probe, "automatic OPTIONS: expected 200");
                return;
            }
            if (allow != null && !allow.equals(w.header("Allow"))) {
                deviate(probe, "automatic OPTIONS: Allow differs from the route's (" + allow + ")");
            }
            String type = w.contentType() == null ? null : w.contentType().toLowerCase(Locale.ROOT);
            if (probe.accept.equals("text/plain")) {
                // the list as text/plain, as Jersey and RESTEasy send theirs
                if (type == null || !type.startsWith("text/plain") || w.body().isBlank() || !methods(w.body()).equals(allowed)) {
                    deviate(probe, "automatic OPTIONS: not the Allow methods as text/plain");
                }
            } else if (!w.body().isEmpty()) {
                deviate(probe, "automatic OPTIONS: a body where none is asked for");
            } else if (probe.accept.equals("foo/bar")) {
                // Jersey's generic OPTIONS answers a named type with an empty body of that type; no body elsewhere
                String expected = o.status() == 200 && o.body().isEmpty() ? o.contentType() : null;
                if (!Objects.equals(expected, w.contentType())) {
                    deviate(probe, "automatic OPTIONS: Content-Type " + w.contentType() + " where " + expected + " is the runtime's convention");
                }
            }
        }

        private void checkCanonical(Probe probe, String allow) {
            List<String> listed = Arrays.stream(allow.split(",")).map(String::trim).toList();
            List<String> canonical = listed.stream().sorted(CANONICAL_ORDER).toList();
            if (!listed.equals(canonical) || !allow.equals(String.join(", ", listed))) {
                deviate(probe, "Allow not canonical (" + String.join(", ", canonical) + ")");
            }
            if (!listed.contains("OPTIONS") || (listed.contains("GET") && !listed.contains("HEAD"))) {
                deviate(probe, "Allow lacks OPTIONS, or HEAD beside GET");
            }
        }

        private void deviate(Probe probe, String rule) {
            String accept = probe.accept == null ? "" : " (Accept: " + probe.accept + ")";
            deviations.add(new Deviation(app, probe.method + " /" + route.path() + accept, rule,
                    describe(probe.without), describe(probe.with)));
        }
    }

    private record Probe(String method, String accept, Answer without, Answer with) {
    }

    private static final Comparator<String> CANONICAL_ORDER = Comparator
            .comparingInt((String m) -> CANONICAL.indexOf(m) < 0 ? CANONICAL.size() : CANONICAL.indexOf(m))
            .thenComparing(Comparator.naturalOrder());

    private static Set<String> methods(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    /** status, Allow, Content-Type and the start of the body, on one line. */
    static String describe(Answer answer) {
        StringBuilder text = new StringBuilder().append(answer.status());
        if (answer.header("Allow") != null) {
            text.append(" Allow: ").append(answer.header("Allow"));
        }
        text.append("; ").append(answer.contentType() == null ? "no type" : answer.contentType()).append("; ");
        String body = answer.body().replace("\r", "\\r").replace("\n", "\\n");
        text.append(body.isEmpty() ? "no body" : body.length() > 90 ? body.substring(0, 90) + "..." : body);
        return text.toString();
    }

    private String table(List<Deviation> deviations) {
        StringBuilder out = new StringBuilder("oracle: ").append(app).append(": ").append(routes.size())
                .append(" routes, ").append(deviations.size()).append(" deviation(s)\n");
        if (!deviations.isEmpty()) {
            out.append("| app | request | rule | without rest-allow | with rest-allow |\n|---|---|---|---|---|\n");
            for (Deviation d : deviations) {
                out.append("| ").append(d.app()).append(" | ").append(d.request()).append(" | ").append(d.rule())
                        .append(" | ").append(d.without().replace("|", "\\|")).append(" | ")
                        .append(d.with().replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }

    private Path file() {
        return Path.of(System.getProperty("restallow.apps.logs", "target"), "oracle-" + app + ".md");
    }

    private void write(String table) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
