package dev.restallow.tck.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rest-allow's 405 counters as a Prometheus scrape shows them ({@code /q/metrics} on Quarkus,
 * {@code /metrics} on Payara): {@code restallow_method_not_allowed_total{method="POST",route="/books/{id}"} 2.0},
 * read into a map from {@code "POST /books/{id}"} to 2.0. Other labels (such as {@code mp_scope})
 * and other metrics are ignored.
 */
public final class NotAllowedCounters {

    private static final Pattern SAMPLE = Pattern.compile(
            "^restallow_method_not_allowed_total\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)} ([0-9.E+-]+)$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Double> counts;

    private NotAllowedCounters(Map<String, Double> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** Reads a scrape in the Prometheus text format. */
    public static NotAllowedCounters parse(String scrape) {
        Map<String, Double> counts = new HashMap<>();
        Matcher sample = SAMPLE.matcher(scrape);
        while (sample.find()) {
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            counts.put(labels.get("method") + " " + labels.get("route"), Double.valueOf(sample.group(2)));
        }
        return new NotAllowedCounters(counts);
    }

    /** The count of 405s for a method and route template, 0 for a counter the scrape does not have. */
    public double count(String method, String route) {
        return counts.getOrDefault(method + " " + route, 0.0);
    }

    /** How many more 405s for a method and route this scrape counts than an earlier one. */
    public double since(NotAllowedCounters earlier, String method, String route) {
        return count(method, route) - earlier.count(method, route);
    }

    /** Every counter, by {@code "METHOD route"}. */
    public Map<String, Double> counts() {
        return counts;
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
