package dev.restallow.tck.arquillian;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Puts rest-allow-core into {@code WEB-INF/lib} of every WAR Arquillian deploys (so: of every
 * Jakarta REST TCK deployment), which is all a user does to install it. A WAR that already carries
 * the jar (the contract WAR) is left as it is; with {@link TckExtensionMode#OFF} nothing is added.
 *
 * <p>An observer of {@link BeforeDeploy} rather than an {@code ApplicationArchiveProcessor}:
 * Arquillian applies archive processors only to {@code testable = true} deployments, and every TCK
 * deployment is {@code testable = false}. The archive is exported by the container's
 * {@code deploy()}, right after this event.
 */
public final class RestAllowJarAppender {

    private static final Logger LOG = Logger.getLogger("dev.restallow.tck");

    public void beforeDeploy(@Observes BeforeDeploy event) {
        DeploymentDescription deployment = event.getDeployment();
        if (!deployment.isArchiveDeployment()) {
            return;
        }
        append(deployment.testable() && deployment.getTestableArchive() != null
                ? deployment.getTestableArchive() : deployment.getArchive());
    }

    static void append(Archive<?> archive) {
        if (!archive.getName().endsWith(".war")) {
            return;
        }
        if (TckExtensionMode.current() == TckExtensionMode.OFF) {
            LOG.info(() -> "rest-allow TCK: extension off, " + archive.getName() + " deployed as built");
            return;
        }
        WebArchive war = archive.as(WebArchive.class);
        if (!war.getContent(Filters.include("/WEB-INF/lib/rest-allow-core[^/]*\\.jar")).isEmpty()) {
            LOG.info(() -> "rest-allow TCK: " + archive.getName() + " carries rest-allow-core already");
            return;
        }
        war.addAsLibrary(RestAllowJar.archive());
        LOG.info(() -> "rest-allow TCK: " + archive.getName() + " + WEB-INF/lib/" + RestAllowJar.archive().getName());
    }
}
