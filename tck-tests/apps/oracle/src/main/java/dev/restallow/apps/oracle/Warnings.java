package dev.restallow.apps.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The java.util.logging records at WARNING or above while an in-JVM server starts (Jersey and RESTEasy log
 * through it), so that the oracle can tell which ones rest-allow adds.
 */
public final class Warnings {

    private Warnings() {
    }

    /** A value and the warnings logged while it was made. */
    public record Logged<T>(T value, List<String> warnings) {
    }

    public static <T> Logged<T> during(Callable<T> start) throws Exception {
        List<String> messages = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (messages) {
                        messages.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            T value = start.call();
            synchronized (messages) {
                return new Logged<>(value, List.copyOf(messages));
            }
        } finally {
            root.removeHandler(handler);
        }
    }

    /** Without what differs between two starts of one application: lambda names, identity hashes, ports. */
    private static String normalized(String line) {
        return line.replaceAll("\\$\\$Lambda[^\\s.,:;)]*", "\\$\\$Lambda").replaceAll("@[0-9a-f]{4,}", "@")
                .replaceAll(":\\d{2,5}\\b", ":PORT");
    }

    /** Lines of {@code with} that {@code without} does not have. */
    public static List<String> added(List<String> without, List<String> with) {
        List<String> added = new ArrayList<>(with.stream().map(Warnings::normalized).toList());
        added.removeAll(without.stream().map(Warnings::normalized).toList());
        return added;
    }
}
