package org.glassfish.jersey.examples.bookstore;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/** The store: resources and the mapper of this package, one store per application. */
public class BookstoreApplication extends ResourceConfig {

    public BookstoreApplication() {
        packages(getClass().getPackageName());
        Bookstore store = new Bookstore();
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(store).to(Bookstore.class);
            }
        });
    }
}
