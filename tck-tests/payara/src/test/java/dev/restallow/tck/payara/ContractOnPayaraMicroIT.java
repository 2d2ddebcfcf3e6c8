package dev.restallow.tck.payara;

import dev.restallow.tck.arquillian.ContractOnServer;

/** The contract suite on Payara Micro (Jersey): one WAR, one boot, every contract test. */
class ContractOnPayaraMicroIT extends ContractOnServer {
}
