package dev.restallow.tck.liberty;

import dev.restallow.tck.arquillian.scanned.ScannedApplicationOnServer;

/** A scanned WAR's locator-only root class on Open Liberty (RESTEasy inside). */
class ScannedApplicationOnLibertyIT extends ScannedApplicationOnServer {
}
