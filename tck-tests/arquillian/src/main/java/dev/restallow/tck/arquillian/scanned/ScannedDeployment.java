package dev.restallow.tck.arquillian.scanned;

import dev.restallow.tck.arquillian.RestAllowJar;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR a new user deploys: the {@link ScannedApplication}, its resource classes, and
 * rest-allow-core with rest-allow-servlet (the servlet container's scan) in {@code WEB-INF/lib},
 * nothing listed anywhere.
 */
public final class ScannedDeployment {

    public static final String NAME = "rest-allow-scanned.war";

    /** The start-up report of this application when rest-allow sees every root class, the locator-only one too. */
    public static final String STARTUP_SUMMARY = "rest-allow: 3 routes, methods GET, HEAD, POST, DELETE, OPTIONS, 0 warnings";

    private ScannedDeployment() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, NAME)
                .addClasses(ScannedApplication.class, AccountResource.class, InvoicesResource.class, StatusResource.class)
                .addAsLibrary(RestAllowJar.archive())
                .addAsLibrary(RestAllowJar.servletScan());
    }
}
