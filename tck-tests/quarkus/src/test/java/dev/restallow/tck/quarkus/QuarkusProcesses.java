package dev.restallow.tck.quarkus;

import dev.restallow.tck.ContractRuntime;
import dev.restallow.tck.ContractTargets;
import java.io.IOException;
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
 * The three contract targets as Quarkus applications, each its own {@code java -jar} process (a Quarkus
 * application has one configuration and one set of providers per JVM): the contract application with
 * rest-allow, the same jar with {@code quarkus.rest-allow.enabled=false}, and the build that includes the
 * application's mapper. Each listens on a free loopback port, read from its "Listening on" log line.
 */
public final class QuarkusProcesses implements ContractRuntime {

    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://127\\.0\\.0\\.1:\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final List<Process> processes = new ArrayList<>();

    @Override
    public ContractTargets start() throws Exception {
        Path application = jar("restallow.tck.quarkus.application");
        Path mappedApplication = jar("restallow.tck.quarkus.mapped-application");
        Process with = launch(application, "with");
        Process without = launch(application, "without", "-Dquarkus.rest-allow.enabled=false");
        Process mapped = launch(mappedApplication, "mapped");
        return new ContractTargets(baseUri(with, "with"), baseUri(without, "without"), baseUri(mapped, "mapped"));
    }

    @Override
    public String description() {
        return "Quarkus (java -jar quarkus-run.jar)";
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static Path jar(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("-D" + property + " must name the built quarkus-run.jar (was " + value + ")");
        }
        return Path.of(value);
    }

    private Process launch(Path jar, String name, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log(name).toFile())
                .start();
        processes.add(process);
        return process;
    }

    private static Path log(String name) {
        return Path.of(System.getProperty("restallow.tck.quarkus.logs", "target")).resolve("quarkus-" + name + ".log");
    }

    private static URI baseUri(Process process, String name) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String log = Files.readString(log(name), StandardCharsets.UTF_8);
            Matcher listening = LISTENING.matcher(log);
            if (listening.find()) {
                return URI.create(listening.group(1) + "/");
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The '" + name + "' application stopped (exit "
                        + process.exitValue() + "):\n" + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The '" + name + "' application did not start within " + START_TIMEOUT
                + ": " + log(name));
    }
}
