package dev.restallow.tck.arquillian;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.app.WithApplicationMapper;
import dev.restallow.tck.app.WithRestAllow;
import dev.restallow.tck.app.WithoutRestAllow;
import jakarta.ws.rs.ApplicationPath;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The contract WAR: the three contract applications and the resource set (package
 * {@code dev.restallow.tck.app}), rest-allow-core in {@code WEB-INF/lib}, and nothing else: the
 * server provides Jakarta REST and JSON-B.
 */
public final class ContractDeployment {

    public static final String NAME = "rest-allow-contract.war";

    private ContractDeployment() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, NAME)
                .addPackage(WithRestAllow.class.getPackage())
                .addAsLibrary(RestAllowJar.archive());
    }

    /** Where each application of the deployed WAR answers, on 127.0.0.1. */
    public static ContractTargets targets(URL deployment) {
        URI base = Loopback.of(deployment);
        return new ContractTargets(base.resolve(pathOf(WithRestAllow.class)), base.resolve(pathOf(WithoutRestAllow.class)),
                base.resolve(pathOf(WithApplicationMapper.class)));
    }

    private static String pathOf(Class<?> application) {
        String path = application.getAnnotation(ApplicationPath.class).value();
        return (path.startsWith("/") ? path.substring(1) : path) + "/";
    }
}
