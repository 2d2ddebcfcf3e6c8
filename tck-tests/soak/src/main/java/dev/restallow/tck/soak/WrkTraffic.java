package dev.restallow.tck.soak;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk sending mixed-traffic.lua to the contract's resource set: the happy path, routing 405s,
 * automatic OPTIONS, 405s below a locator, and method tokens and paths that are new on every
 * request; the script checks the status and the exact {@code Allow} of every answer.
 */
final class WrkTraffic {

    private static final String SCRIPT = "mixed-traffic.lua";
    private static final Pattern SUMMARY = Pattern.compile(
            "rest-allow-soak requests=(\\d+) checked=(\\d+) unexpected=(\\d+) errors=(\\d+) first=(.*)");

    private final URI base;
    private final int connections;
    private final Path script;

    /**
     * @param base the base URI of the contract's resource set with rest-allow (ends in '/')
     * @param connections one per wrk thread: the script pairs answers with requests per connection
     * @param workDirectory where the script and wrk's output go
     */
    WrkTraffic(URI base, int connections, Path workDirectory) throws IOException {
        this.base = base;
        this.connections = connections;
        Files.createDirectories(workDirectory);
        this.script = workDirectory.resolve(SCRIPT);
        try (InputStream in = WrkTraffic.class.getResourceAsStream(SCRIPT)) {
            Files.write(script, in.readAllBytes());
        }
    }

    /** Sends the traffic for the given time and returns what the script counted. */
    Counts send(Duration duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wrk(), "-t", String.valueOf(connections),
                "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s",
                "-s", script.toString(), base.toString()));
        Path output = script.resolveSibling("wrk-" + System.nanoTime() + ".txt");
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: " + output);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Matcher summary = SUMMARY.matcher(text);
        if (wrk.exitValue() != 0 || !summary.find()) {
            throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + "):\n" + text);
        }
        return new Counts(Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)),
                Long.parseLong(summary.group(3)), Long.parseLong(summary.group(4)), summary.group(5).strip());
    }

    private static String wrk() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory, "wrk");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("The soak test needs wrk on the PATH (Debian: apt-get install wrk)");
    }

    /**
     * What one wrk run counted.
     *
     * @param requests requests wrk completed
     * @param checked answers the script checked
     * @param unexpected answers with a wrong status or a wrong {@code Allow}
     * @param socketErrors connect, read, write errors and timeouts
     * @param firstProblem the first unexpected answer, or empty
     */
    record Counts(long requests, long checked, long unexpected, long socketErrors, String firstProblem) {

        Counts plus(Counts other) {
            return new Counts(requests + other.requests, checked + other.checked, unexpected + other.unexpected,
                    socketErrors + other.socketErrors, firstProblem.isEmpty() ? other.firstProblem : firstProblem);
        }
    }
}
