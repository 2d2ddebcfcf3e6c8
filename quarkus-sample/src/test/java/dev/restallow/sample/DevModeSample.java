package dev.restallow.sample;

import io.quarkus.test.QuarkusDevModeTest;
import java.net.URI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.shrinkwrap.api.asset.StringAsset;

/**
 * The bookshelf sample in Quarkus dev mode, in the test JVM: its own classes and their sources, on
 * the port {@code restallow.dev-mode.port} that each module's build sets (dev mode has no random test port).
 */
final class DevModeSample {

    /** The dev-mode tests' JUnit tag: their own test JVM, as Quarkus runs no dev-mode test beside a {@code @QuarkusTest}. */
    static final String TAG = "dev-mode";

    static final int PORT = Integer.getInteger("restallow.dev-mode.port", 8580);
    static final URI BASE = URI.create("http://127.0.0.1:" + PORT + "/");

    private DevModeSample() {
    }

    /** A fresh application per test method, its log kept for {@link #warnings}. */
    static QuarkusDevModeTest application() {
        return new QuarkusDevModeTest()
                .withApplicationRoot(jar -> jar
                        .addClasses(BookshelfApplication.class, BooksResource.class, Book.class, BookInput.class,
                                Bookshelf.class, AuthorsResource.class, AuthorResource.class, CacheResource.class,
                                PURGE.class)
                        .addAsResource(new StringAsset("quarkus.http.host=127.0.0.1\nquarkus.http.port=" + PORT + "\n"),
                                "application.properties"))
                .setLogRecordPredicate(record -> true);
    }

    /** The WARN lines of the logger {@code dev.restallow}: rest-allow's start-up warnings. */
    static List<String> warnings(QuarkusDevModeTest application) {
        return application.getLogRecords().stream()
                .filter(record -> "dev.restallow".equals(record.getLoggerName()))
                .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage)
                .toList();
    }

    /** Whether Quarkus logged a live reload (a restart of the application inside the running JVM). */
    static boolean reloaded(QuarkusDevModeTest application) {
        return application.getLogRecords().stream()
                .anyMatch(record -> String.valueOf(record.getMessage()).startsWith("Live reload total time"));
    }

    /**
     * {@code source} with {@code member} added before the class's closing brace.
     */
    static String withMember(String source, String member) {
        int end = source.lastIndexOf('}');
        return source.substring(0, end) + member + source.substring(end);
    }
}
