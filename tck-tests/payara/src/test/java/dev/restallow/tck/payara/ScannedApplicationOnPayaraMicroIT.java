package dev.restallow.tck.payara;

import dev.restallow.tck.arquillian.scanned.ScannedApplicationOnServer;

/** A scanned WAR's locator-only root class on Payara Micro (Jersey). */
class ScannedApplicationOnPayaraMicroIT extends ScannedApplicationOnServer {
}
