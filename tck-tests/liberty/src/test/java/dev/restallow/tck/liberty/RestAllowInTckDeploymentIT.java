package dev.restallow.tck.liberty;

import dev.restallow.tck.arquillian.RestAllowInTckDeployment;

/** rest-allow is active in the TCK deployments on Open Liberty (inactive with -Prest-allow.off). */
class RestAllowInTckDeploymentIT extends RestAllowInTckDeployment {
}
