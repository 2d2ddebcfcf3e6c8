package dev.restallow.tck.payara;

import dev.restallow.tck.arquillian.RestAllowInTckDeployment;

/** rest-allow is active in the TCK deployments on Payara Micro (inactive with -Prest-allow.off). */
class RestAllowInTckDeploymentIT extends RestAllowInTckDeployment {
}
