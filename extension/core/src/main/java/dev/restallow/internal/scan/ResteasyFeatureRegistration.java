package dev.restallow.internal.scan;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RESTEasy only, by reflection (no compile dependency): keeps RESTEasy from registering the feature
 * class a second time. Started from an Application class, {@code SeBootstrap} runs the deployment's
 * provider registration twice (ResteasySeInstance#create: {@code deployment.start()}, then
 * {@code deployment.registration()}), and each run adds the service-loaded features to the list again,
 * so the second run logs RESTEASY002155 ("already registered") for every entry. A provider class the
 * deployment lists as disabled is skipped there, at DEBUG (ResteasyDeploymentImpl#registration);
 * naming the feature so once it is registered changes nothing else, the registration having happened.
 */
public final class ResteasyFeatureRegistration {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private ResteasyFeatureRegistration() {
    }

    /** Called from the feature's {@code configure}: on RESTEasy, later registrations of the class are skipped; elsewhere nothing. */
    public static void registeredOnce(Class<?> feature) {
        Object deployment = ResteasyRootClasses.deployment();
        if (deployment == null) {
            return;
        }
        try {
            deployment.getClass().getMethod("addDisabledProviderClass", String.class).invoke(deployment, feature.getName());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // a RESTEasy without it: its registration warns as before
            LOG.log(Level.FINE, "rest-allow: could not keep RESTEasy from registering the feature again", e);
        }
    }
}
