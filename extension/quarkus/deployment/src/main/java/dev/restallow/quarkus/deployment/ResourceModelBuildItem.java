package dev.restallow.quarkus.deployment;

import dev.restallow.internal.route.ResourceModel;
import io.quarkus.builder.item.SimpleBuildItem;

/** The application's resource classes, read from the index at build time. */
public final class ResourceModelBuildItem extends SimpleBuildItem {

    private final ResourceModel model;

    public ResourceModelBuildItem(ResourceModel model) {
        this.model = model;
    }

    public ResourceModel model() {
        return model;
    }
}
