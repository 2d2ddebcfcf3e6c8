package dev.restallow.tck.arquillian;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A server run as its own JVM for a runner that starts it itself (no Arquillian container, or
 * one that would mix the server's classes with the test's Jersey client): started in a folder
 * of its own, which also holds its output ({@value #LOG}); ready once a URL answers 200; stopped
 * on {@link #close()}.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String LOG = "server.log";

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with {@code directory} as its working directory. */
    public static ServerProcess start(List<String> command, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve(LOG);
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServerProcess(process, log);
    }

    /** The {@code java} of this JVM, to start a server on the same Java. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Writes {@code war} into {@code directory} under its own name. */
    public static Path export(WebArchive war, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /** Waits until {@code resource} answers 200; fails at once if the server stopped. */
    public void awaitOk(URI resource, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped with exit code " + process.exitValue() + ": see " + log);
            }
            if (answersOk(resource)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(resource + " did not answer 200 within " + timeout + ": see " + log);
    }

    private static boolean answersOk(URI resource) {
        try {
            HttpURLConnection connection = (HttpURLConnection) resource.toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(10_000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Asks the server to stop (SIGTERM, so that it cleans up after itself) and waits for it; kills it if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
