package dev.restallow.tck.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link RestAllowJarAppender}; found through {@code META-INF/services}. */
public final class RestAllowTckExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(RestAllowJarAppender.class);
    }
}
