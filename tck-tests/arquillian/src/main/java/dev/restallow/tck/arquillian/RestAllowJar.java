package dev.restallow.tck.arquillian;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The rest-allow-core jar the build produced, named by the system property {@value #PROPERTY}
 * (the runners' failsafe configuration sets it from {@code dependency:properties}, so it is the
 * reactor's {@code extension/core/target/rest-allow-core-*.jar} or the one in the local repository).
 */
public final class RestAllowJar {

    public static final String PROPERTY = "restallow.core.jar";

    private static final String FEATURE_SERVICE = "META-INF/services/jakarta.ws.rs.core.Feature";

    private static JavaArchive archive;

    private RestAllowJar() {
    }

    /** The jar as it goes into {@code WEB-INF/lib}. */
    public static synchronized JavaArchive archive() {
        if (archive == null) {
            archive = read();
        }
        return archive;
    }

    private static JavaArchive read() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("-D" + PROPERTY + " is not set: it names the rest-allow-core jar to deploy");
        }
        File file = new File(location);
        JavaArchive jar;
        if (file.isFile()) {
            // read into memory once: a zip-backed archive reads the file again on every export, and a
            // concurrent "mvn install" of core may replace it in the middle of a run
            try (InputStream in = Files.newInputStream(file.toPath())) {
                jar = ShrinkWrap.create(ZipImporter.class, file.getName()).importFrom(in).as(JavaArchive.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        } else if (file.isDirectory()) {
            // a reactor that stopped before "package" resolves the module to target/classes
            jar = ShrinkWrap.create(ExplodedImporter.class, "rest-allow-core.jar").importDirectory(file).as(JavaArchive.class);
        } else {
            throw new IllegalStateException(PROPERTY + "=" + location + " does not exist: build extension/core first");
        }
        if (!jar.contains(ArchivePaths.create(FEATURE_SERVICE))) {
            throw new IllegalStateException(location + " has no " + FEATURE_SERVICE + ": not rest-allow-core?");
        }
        return jar;
    }
}
