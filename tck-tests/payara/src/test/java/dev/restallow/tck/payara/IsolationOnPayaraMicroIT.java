package dev.restallow.tck.payara;

import dev.restallow.tck.arquillian.isolation.IsolatedAnswers;
import dev.restallow.tck.arquillian.isolation.IsolatedApplications;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two applications in one Payara Micro, each with its own rest-allow, each answering with its own
 * {@code Allow}. Payara Micro is started here with both WARs ({@code --deploy} twice): the
 * Arquillian connector starts one Payara Micro per deployment. (Undeploying needs Payara Micro's
 * cluster admin, which Hazelcast provides and these runs switch off; the undeploy leak check runs on
 * WildFly, IsolationOnWildFlyIT.)
 */
class IsolationOnPayaraMicroIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Process payara;

    @Test
    void eachApplicationHasItsOwnAllow() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "isolation"));
        int port = freeLoopbackPort();
        payara = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("payara.microJar"),
                "--nohazelcast", "--disablephonehome", "--port", String.valueOf(port),
                "--prebootcommandfile", System.getProperty("payara.prebootFile"),
                "--deploy", export(IsolatedApplications.shop(), directory).toString(),
                "--deploy", export(IsolatedApplications.library(), directory).toString()))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("payara-micro.log").toFile())
                .start();
        URI server = URI.create("http://127.0.0.1:" + port + "/");
        URI shop = server.resolve(IsolatedApplications.SHOP + "/api/");
        URI library = server.resolve(IsolatedApplications.LIBRARY + "/api/");
        awaitDeployed(shop.resolve("things"));
        awaitDeployed(library.resolve("things"));

        IsolatedAnswers.assertEachHasItsOwnAllow(shop, library);
    }

    @AfterEach
    void stopPayara() throws InterruptedException {
        if (payara != null) {
            payara.destroy();
            payara.waitFor();
        }
    }

    private static Path export(WebArchive war, Path directory) {
        Path file = directory.resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitDeployed(URI resource) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped: target/isolation/payara-micro.log");
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) resource.toURL().openConnection();
                connection.setConnectTimeout(2_000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(resource + " did not answer 200 within " + START_TIMEOUT);
    }
}
