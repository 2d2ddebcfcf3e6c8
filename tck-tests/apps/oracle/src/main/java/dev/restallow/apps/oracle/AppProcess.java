package dev.restallow.apps.oracle;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application in its own JVM (one configuration per JVM, as Quarkus has it): a built Quarkus application
 * ({@code java -jar quarkus-run.jar}) or a main class on the test's class path, on 127.0.0.1, its base URI
 * read from its "Listening on: URI" log line.
 */
public final class AppProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://127\\.0\\.0\\.1:\\d+[^\\s]*)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path log;
    private final URI base;

    private AppProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** The jar named by {@code restallow.apps.quarkus-jar}, on a free port; logs to target/NAME.log. */
    public static AppProcess quarkus(String name, String... options) throws IOException, InterruptedException {
        String jar = System.getProperty("restallow.apps.quarkus-jar", "target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no built Quarkus application at " + jar);
        }
        List<String> arguments = new ArrayList<>(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0"));
        arguments.addAll(List.of(options));
        arguments.addAll(List.of("-jar", jar));
        return start(name, arguments);
    }

    /**
     * {@code mainClass} on this JVM's class path, given a free port of 127.0.0.1 as its only argument; it must
     * log "Listening on: URI".
     */
    public static AppProcess main(String name, String mainClass, String... options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, Integer.toString(freePort())));
        return start(name, arguments);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static AppProcess start(String name, List<String> arguments) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("restallow.apps.logs", "target")).resolve(name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (listening.find()) {
                String uri = listening.group(1);
                return new AppProcess(process, log, URI.create(uri.endsWith("/") ? uri : uri + "/"));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped (exit " + process.exitValue() + "):\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + ": " + log);
    }

    public URI base() {
        return base;
    }

    /**
     * The log lines at WARN or above so far (JBoss Log Manager's " WARN " / " ERROR " and java.util.logging's
     * "WARNING:" / "SEVERE:"), with the timestamps, thread names and ports taken out.
     */
    public List<String> warnings() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                        || line.startsWith("WARNING:") || line.startsWith("SEVERE:"))
                .map(line -> line.replaceFirst("^\\S+ \\S+ ", "").replaceAll("\\(\\S*thread\\S*\\)", "")
                        .replaceAll(":\\d{2,5}\\b", ":PORT"))
                .toList();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
