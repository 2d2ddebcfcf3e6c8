package dev.restallow.tck.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running server's {@code messages.log}, named by the system property {@value #PROPERTY}: one
 * file per boot, in Liberty's basic format ({@code [time] thread logger level message}), where
 * applications' {@code java.util.logging} records end up too.
 */
final class MessagesLog {

    static final String PROPERTY = "restallow.liberty.messages.log";

    /** {@code [12/2/26, 8:18:44:467 UTC] 00000034 dev.restallow   I rest-allow: 1 route, ...}; other lines continue a record. */
    private static final Pattern RECORD = Pattern.compile("^\\[[^\\]]+\\] \\p{XDigit}{8} (\\S+)\\s+([A-Z]) (.*)$");

    private final Path file;

    private MessagesLog(Path file) {
        this.file = file;
    }

    static MessagesLog ofThisServer() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("-D" + PROPERTY + " is not set: it names the server's messages.log");
        }
        return new MessagesLog(Path.of(location));
    }

    /** One record: its logger's name, Liberty's one-letter level ({@code I} for INFO) and the message's first line. */
    record Entry(String logger, String level, String message) {
    }

    /**
     * The records logged since the application last started ({@code CWWKZ0018I: Starting application NAME.}),
     * the start included; none while it has not.
     */
    List<Entry> sinceStartOf(String application) {
        String start = "CWWKZ0018I: Starting application " + application + ".";
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : entries()) {
            if (entry.message().equals(start)) {
                entries.clear();
            }
            if (!entries.isEmpty() || entry.message().equals(start)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try {
            // lenient: a request's bytes may show up in a message
            for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R")) {
                Matcher record = RECORD.matcher(line);
                if (record.matches()) {
                    entries.add(new Entry(record.group(1), record.group(2), record.group(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }
}
