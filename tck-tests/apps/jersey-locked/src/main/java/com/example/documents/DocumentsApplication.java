package com.example.documents;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

public class DocumentsApplication extends ResourceConfig {

    public DocumentsApplication() {
        register(DocumentsResource.class);
        register(ErrorTextMapper.class);
        Documents documents = new Documents();
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(documents).to(Documents.class);
            }
        });
    }
}
