package dev.restallow.tck.wildfly;

import dev.restallow.tck.arquillian.scanned.ScannedApplicationOnServer;

/** A scanned WAR's locator-only root class on WildFly (RESTEasy). */
class ScannedApplicationOnWildFlyIT extends ScannedApplicationOnServer {
}
