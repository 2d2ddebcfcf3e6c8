package dev.restallow.tck.wildfly;

import dev.restallow.tck.arquillian.RestAllowInTckDeployment;

/** rest-allow is active in the TCK deployments on WildFly (inactive with -Prest-allow.off). */
class RestAllowInTckDeploymentIT extends RestAllowInTckDeployment {
}
