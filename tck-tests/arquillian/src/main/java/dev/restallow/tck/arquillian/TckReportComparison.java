package dev.restallow.tck.arquillian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Compares two failsafe report directories of the same TCK run, without and with rest-allow, and
 * fails when a test fails (or errors, or is missing) with rest-allow that passed without it.
 * Usage: {@code TckReportComparison <reports without> <reports with> [summary file]}; run by the
 * runners' {@code full-tck} profile.
 */
public final class TckReportComparison {

    private TckReportComparison() {
    }

    /** One run: every test case by "class#name" and its outcome. */
    record Run(String label, Map<String, Outcome> tests) {

        long count(Outcome outcome) {
            return tests.values().stream().filter(outcome::equals).count();
        }

        String counts() {
            return String.format("tests=%d failures=%d errors=%d skipped=%d", tests.size(), count(Outcome.FAILURE),
                    count(Outcome.ERROR), count(Outcome.SKIPPED));
        }

        boolean failing(String test) {
            Outcome outcome = tests.get(test);
            return outcome == Outcome.FAILURE || outcome == Outcome.ERROR;
        }
    }

    enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: TckReportComparison <reports without> <reports with> [summary file]");
        }
        Run without = read("without rest-allow", Path.of(args[0]));
        Run with = read("with rest-allow", Path.of(args[1]));

        List<String> lines = new ArrayList<>();
        lines.add("Jakarta REST TCK, whole, " + without.label() + ": " + without.counts());
        lines.add("Jakarta REST TCK, whole, " + with.label() + ":    " + with.counts());
        List<String> newlyFailing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        without.tests().forEach((test, outcome) -> {
            if (!with.tests().containsKey(test)) {
                missing.add(test);
            } else if (with.failing(test) && !without.failing(test)) {
                newlyFailing.add(test);
            } else if (without.failing(test) && !with.failing(test)) {
                fixed.add(test);
            }
        });
        with.tests().keySet().stream().filter(test -> !without.tests().containsKey(test) && with.failing(test))
                .forEach(newlyFailing::add);
        boolean subset = newlyFailing.isEmpty() && missing.isEmpty();
        lines.add("failing with rest-allow is a subset of failing without: " + (subset ? "YES" : "NO"));
        lines.add("failing only with rest-allow: " + newlyFailing.size());
        newlyFailing.forEach(test -> lines.add("  + " + test + " (" + with.tests().get(test) + ")"));
        lines.add("run without rest-allow only (missing with it): " + missing.size());
        missing.forEach(test -> lines.add("  ? " + test));
        lines.add("failing only without rest-allow: " + fixed.size());
        fixed.forEach(test -> lines.add("  - " + test));

        lines.forEach(System.out::println);
        if (args.length > 2) {
            Path summary = Path.of(args[2]).toAbsolutePath();
            Files.createDirectories(summary.getParent());
            Files.write(summary, lines, StandardCharsets.UTF_8);
        }
        if (without.tests().isEmpty()) {
            throw new IllegalStateException("no test reports in " + args[0]);
        }
        if (!subset) {
            throw new IllegalStateException("rest-allow makes " + (newlyFailing.size() + missing.size())
                    + " TCK tests fail that pass without it: " + newlyFailing + " " + missing);
        }
    }

    static Run read(String label, Path directory) throws Exception {
        Map<String, Outcome> tests = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return new Run(label, tests);
        }
        List<Path> reports;
        try (Stream<Path> files = Files.list(directory)) {
            reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        for (Path report : reports) {
            Document document = parse(factory, report);
            NodeList cases = document.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                String name = testCase.getAttribute("classname") + "#" + testCase.getAttribute("name");
                tests.put(name, outcome(testCase));
            }
        }
        return new Run(label, tests);
    }

    private static Document parse(DocumentBuilderFactory factory, Path report) throws Exception {
        try {
            return factory.newDocumentBuilder().parse(report.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + report, e);
        }
    }

    private static Outcome outcome(Element testCase) {
        if (testCase.getElementsByTagName("error").getLength() > 0) {
            return Outcome.ERROR;
        }
        if (testCase.getElementsByTagName("failure").getLength() > 0) {
            return Outcome.FAILURE;
        }
        if (testCase.getElementsByTagName("skipped").getLength() > 0) {
            return Outcome.SKIPPED;
        }
        return Outcome.PASSED;
    }
}
