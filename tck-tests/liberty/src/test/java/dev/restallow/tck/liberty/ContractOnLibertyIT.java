package dev.restallow.tck.liberty;

import dev.restallow.tck.arquillian.ContractOnServer;

/** The contract suite on Open Liberty (RESTEasy inside): one WAR, every contract test. */
class ContractOnLibertyIT extends ContractOnServer {
}
