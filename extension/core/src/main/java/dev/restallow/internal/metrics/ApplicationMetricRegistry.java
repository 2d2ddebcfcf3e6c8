package dev.restallow.internal.metrics;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The application's MicroProfile Metrics registry, looked up through CDI as if injected into a
 * field without {@code @RegistryScope} (the application scope). Implementations produce the
 * registry from the injection point's annotations (Payara, SmallRye), which a plain
 * {@code CDI.current().select(MetricRegistry.class)} does not have, so the lookup passes an
 * injection point of its own: an unannotated {@code MetricRegistry} with the default qualifier.
 */
final class ApplicationMetricRegistry {

    private ApplicationMetricRegistry() {
    }

    /**
     * @throws IllegalStateException where the application has no CDI container
     * @throws RuntimeException where CDI has no registry to give
     */
    static MetricRegistry lookup() {
        BeanManager beans = CDI.current().getBeanManager();
        return (MetricRegistry) beans.getInjectableReference(new UnannotatedField(), beans.createCreationalContext(null));
    }

    /** An injection point {@code @Inject MetricRegistry registry;} with nothing else on it. */
    private static final class UnannotatedField implements InjectionPoint, Annotated {

        @Override
        public Type getType() {
            return MetricRegistry.class;
        }

        @Override
        public Set<Annotation> getQualifiers() {
            return Set.of(Default.Literal.INSTANCE);
        }

        @Override
        public Bean<?> getBean() {
            return null;
        }

        @Override
        public Member getMember() {
            return null;
        }

        @Override
        public Annotated getAnnotated() {
            return this;
        }

        @Override
        public boolean isDelegate() {
            return false;
        }

        @Override
        public boolean isTransient() {
            return false;
        }

        @Override
        public Type getBaseType() {
            return MetricRegistry.class;
        }

        @Override
        public Set<Type> getTypeClosure() {
            return Set.of(MetricRegistry.class, Object.class);
        }

        @Override
        public <T extends Annotation> T getAnnotation(Class<T> annotationType) {
            return null;
        }

        @Override
        public <T extends Annotation> Set<T> getAnnotations(Class<T> annotationType) {
            return Set.of();
        }

        @Override
        public Set<Annotation> getAnnotations() {
            return Set.of();
        }

        @Override
        public boolean isAnnotationPresent(Class<? extends Annotation> annotationType) {
            return false;
        }
    }
}
