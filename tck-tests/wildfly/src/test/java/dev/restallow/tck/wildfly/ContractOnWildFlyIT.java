package dev.restallow.tck.wildfly;

import dev.restallow.tck.arquillian.ContractOnServer;

/** The contract suite on WildFly (RESTEasy): one WAR, every contract test. */
class ContractOnWildFlyIT extends ContractOnServer {
}
