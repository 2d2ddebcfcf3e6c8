package dev.restallow.quarkus.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

/**
 * The index the REST runtime finds its resource classes in: the application's, and the classes other
 * extensions generate at build time (REST Data with Panache writes its JAX-RS resources as bytecode),
 * indexed as Quarkus REST indexes them for its own scanning.
 */
final class GeneratedResources {

    private GeneratedResources() {
    }

    /** @param bytecode the class file of a generated class */
    static <T> IndexView index(IndexView application, List<T> generated, Function<T, byte[]> bytecode) {
        if (generated.isEmpty()) {
            return application;
        }
        Indexer indexer = new Indexer();
        for (T generatedClass : generated) {
            try {
                indexer.index(new ByteArrayInputStream(bytecode.apply(generatedClass)));
            } catch (IOException notAClass) {
                throw new UncheckedIOException(notAClass);
            }
        }
        return CompositeIndex.create(application, indexer.complete());
    }
}
