package com.example.notes;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/** The application: every resource of this package, one store per application. */
public class NotesApplication extends ResourceConfig {

    public NotesApplication() {
        packages("com.example.notes");
        NoteStore store = new NoteStore();
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(store).to(NoteStore.class);
            }
        });
    }
}
