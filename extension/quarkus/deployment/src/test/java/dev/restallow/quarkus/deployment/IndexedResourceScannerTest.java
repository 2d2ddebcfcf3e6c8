package dev.restallow.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.scan.ResourceClassScanner;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/**
 * The model read from the build-time index is the one rest-allow-core reads by reflection on other
 * runtimes, for the shapes where the two could part: annotation inheritance (§3.6), custom verbs,
 * interfaces and abstract classes with {@code @Path}, locators with known, opaque and cyclic targets.
 */
class IndexedResourceScannerTest {

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @HttpMethod("PURGE")
    public @interface PURGE {
    }

    @Path("books")
    public static class Books {
        @GET
        public String list() {
            return "";
        }

        @POST
        public String add() {
            return "";
        }

        @GET
        @Path("search")
        public String search() {
            return "";
        }

        @PURGE
        @Path("{id: [0-9]+}")
        public void purge() {
        }

        @Path("{id: [0-9]+}")
        public Book book() {
            return new Book();
        }

        @Path("plugins/{name}")
        public Object plugin() {
            return this;
        }

        @Path("contract")
        public Contract contract() {
            return null;
        }

        /** Not a resource method: no JAX-RS annotation. */
        public String helper() {
            return "";
        }
    }

    public static class Book {
        @GET
        public String get() {
            return "";
        }

        @DELETE
        public void delete() {
        }

        @Path("self")
        public Book self() {
            return this;
        }
    }

    public interface Contract {
        @GET
        String get();

        @PUT
        @Path("{id}")
        String put(String body);

        @GET
        @Path("version")
        default String version() {
            return "1";
        }
    }

    @Path("contract")
    public interface PathContract {
        @GET
        String get();
    }

    public static class ContractImplementation implements PathContract {
        @Override
        public String get() {
            return "";
        }
    }

    @Path("implemented")
    public static class Implementation implements Contract {
        @Override
        public String get() {
            return "";
        }

        @Override
        public String put(String body) {
            return body;
        }
    }

    public static class Base {
        @GET
        public String get() {
            return "";
        }

        @POST
        @Path("child")
        public String child() {
            return "";
        }
    }

    @Path("derived")
    public static class Derived extends Base {
        @Override
        public String get() {
            return "";
        }

        /** Its own JAX-RS annotation switches inheritance off: not a resource method any more. */
        @Override
        @Produces("text/plain")
        public String child() {
            return "";
        }
    }

    @Path("abstract")
    public abstract static class AbstractRoot {
        @GET
        public abstract String get();
    }

    public static class OnlySubclass extends AbstractRoot {
        @Override
        public String get() {
            return "";
        }
    }

    private static final List<Class<?>> CLASSES = List.of(PURGE.class, Books.class, Book.class, Contract.class,
            PathContract.class, ContractImplementation.class, Implementation.class, Base.class, Derived.class,
            AbstractRoot.class, OnlySubclass.class);

    @Test
    void readsTheSameModelAsReflection() throws Exception {
        ResourceModel indexed = IndexedResourceScanner.read(Index.of(CLASSES));

        List<Class<?>> roots = new ArrayList<>();
        for (ResourceModel.ResourceClass resourceClass : indexed.classes()) {
            if (resourceClass.path() != null) {
                roots.add(Class.forName(resourceClass.name()));
            }
        }
        assertEquals(normalized(reflected(roots)), normalized(indexed));
    }

    @Test
    void findsRootsTheWayTheRestRuntimesDo() throws Exception {
        Map<String, String> roots = new TreeMap<>();
        for (ResourceModel.ResourceClass resourceClass : IndexedResourceScanner.read(Index.of(CLASSES)).classes()) {
            if (resourceClass.path() != null) {
                roots.put(resourceClass.name().substring(resourceClass.name().indexOf('$') + 1), resourceClass.path());
            }
        }
        assertEquals(Map.of("Books", "books", "ContractImplementation", "contract", "Implementation", "implemented",
                "Derived", "derived", "OnlySubclass", "abstract"), roots);
    }

    @Test
    void locatorTargetsAreKnownOnlyWhenTheReturnTypeTellsTheClass() throws Exception {
        Map<String, String> targets = new TreeMap<>();
        for (ResourceModel.ResourceClass resourceClass : IndexedResourceScanner.read(Index.of(CLASSES)).classes()) {
            for (ResourceModel.Locator locator : resourceClass.locators()) {
                targets.put(locator.path(), String.valueOf(locator.target()));
            }
        }
        assertEquals(Map.of("{id: [0-9]+}", Book.class.getName(), "plugins/{name}", "null", "contract", "null",
                "self", Book.class.getName()), targets);
    }

    /** rest-allow-core's reflection reader: the reference this test compares with. */
    private static ResourceModel reflected(Collection<Class<?>> roots) {
        return ResourceClassScanner.read(roots);
    }

    /** The model with every list sorted: the two readers list methods in different orders. */
    private static Map<String, String> normalized(ResourceModel model) {
        Map<String, String> classes = new TreeMap<>();
        for (ResourceModel.ResourceClass c : model.classes()) {
            List<String> methods = new ArrayList<>(c.methods());
            List<String> subResourceMethods = new ArrayList<>();
            c.subResourceMethods().forEach(m -> subResourceMethods.add(m.method() + " " + m.path()));
            List<String> locators = new ArrayList<>();
            c.locators().forEach(l -> locators.add(l.path() + " " + l.name() + " -> " + l.target()));
            methods.sort(null);
            subResourceMethods.sort(null);
            locators.sort(null);
            classes.put(c.name(), "path=" + c.path() + " methods=" + methods + " sub=" + subResourceMethods
                    + " locators=" + locators);
        }
        return classes;
    }
}
