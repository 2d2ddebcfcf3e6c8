package dev.restallow.tck.glassfish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The domain.xml embedded GlassFish ships ({@value #ENTRY} in its jar) with every listener bound to
 * 127.0.0.1: it binds IIOP and JMX to 0.0.0.0 and its network listeners to every interface.
 */
final class LoopbackDomain {

    static final String ENTRY = "org/glassfish/embed/domain.xml";

    private static final Pattern ANY_ADDRESS = Pattern.compile("address=\"0\\.0\\.0\\.0\"");
    private static final Pattern NETWORK_LISTENER_WITHOUT_ADDRESS = Pattern.compile("<network-listener (?![^>]*address=)");

    private LoopbackDomain() {
    }

    /** Writes the loopback-only domain.xml of {@code glassfishJar} to {@code file}. */
    static Path write(Path glassfishJar, Path file) throws IOException {
        String shipped = read(glassfishJar);
        String loopback = NETWORK_LISTENER_WITHOUT_ADDRESS.matcher(ANY_ADDRESS.matcher(shipped).replaceAll("address=\"127.0.0.1\""))
                .replaceAll("<network-listener address=\"127.0.0.1\" ");
        if (loopback.contains("0.0.0.0") || !loopback.contains("<network-listener address=\"127.0.0.1\"")) {
            throw new IllegalStateException(ENTRY + " of " + glassfishJar + " has a shape this rewrite does not know");
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, loopback);
    }

    private static String read(Path glassfishJar) throws IOException {
        try (ZipFile jar = new ZipFile(glassfishJar.toFile())) {
            ZipEntry entry = jar.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalStateException(glassfishJar + " has no " + ENTRY);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
