package dev.restallow.tck.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/** The resource set, rest-allow active, and the application's own ExceptionMapper for WebApplicationException. */
@ApplicationPath("mapped")
public class WithApplicationMapper extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ContractResources.classes());
        classes.add(StatusKeepingMapper.class);
        return classes;
    }
}
