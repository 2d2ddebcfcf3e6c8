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

    public static final String SERVLET_PROPERTY = "restallow.servlet.jar";

    private static final String SERVLET_SERVICE = "META-INF/services/jakarta.servlet.ServletContainerInitializer";

    private static JavaArchive archive;
    private static JavaArchive servletScan;

    private RestAllowJar() {
    }

    /** The jar as it goes into {@code WEB-INF/lib}. */
    public static synchronized JavaArchive archive() {
        if (archive == null) {
            archive = read();
        }
        return archive;
    }

    /**
     * The rest-allow-servlet jar, named by {@value #SERVLET_PROPERTY}: the servlet container's scan
     * for an application that lists no classes, beside rest-allow-core in {@code WEB-INF/lib}.
     */
    public static synchronized JavaArchive servletScan() {
        if (servletScan == null) {
            servletScan = read(SERVLET_PROPERTY, "rest-allow-servlet.jar", SERVLET_SERVICE);
        }
        return servletScan;
    }

    private static JavaArchive read() {
        return read(PROPERTY, "rest-allow-core.jar", FEATURE_SERVICE);
    }

    private static JavaArchive read(String property, String name, String service) {
        String location = System.getProperty(property);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: it names the " + name + " to deploy");
        }
        File file = new File(location);
        JavaArchive jar;
        if (file.isFile()) {
            // read into memory once: a zip-backed archive reads the file again on every export, and a
            // concurrent "mvn install" may replace it in the middle of a run
            try (InputStream in = Files.newInputStream(file.toPath())) {
                jar = ShrinkWrap.create(ZipImporter.class, file.getName()).importFrom(in).as(JavaArchive.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        } else if (file.isDirectory()) {
            // a reactor that stopped before "package" resolves the module to target/classes
            jar = ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(file).as(JavaArchive.class);
        } else {
            throw new IllegalStateException(property + "=" + location + " does not exist: build the extension first");
        }
        if (!jar.contains(ArchivePaths.create(service))) {
            throw new IllegalStateException(location + " has no " + service + ": not " + name + "?");
        }
        return jar;
    }
}
