package dev.restallow.tck.payara7;

import dev.restallow.tck.arquillian.ContractOnServer;

/** The contract suite on Payara Micro 7 (Jakarta EE 11, Jersey 4.0): one WAR, one boot, every contract test. */
class ContractOnPayaraMicro7IT extends ContractOnServer {
}
