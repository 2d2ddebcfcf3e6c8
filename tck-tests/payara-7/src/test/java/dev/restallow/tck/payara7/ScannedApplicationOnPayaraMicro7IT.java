package dev.restallow.tck.payara7;

import dev.restallow.tck.arquillian.scanned.ScannedApplicationOnServer;

/** A scanned WAR's locator-only root class on Payara Micro 7 (Jersey 4.0). */
class ScannedApplicationOnPayaraMicro7IT extends ScannedApplicationOnServer {
}
