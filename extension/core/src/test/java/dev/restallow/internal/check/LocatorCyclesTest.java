package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatorCyclesTest {

    @Path("folders")
    public static class Folders {
        @Path("{name}")
        public Folder folder() {
            return new Folder();
        }
    }

    public static class Folder {
        @GET
        public String get() {
            return "";
        }

        @Path("files/{file}")
        public File file() {
            return new File();
        }
    }

    public static class File {
        @GET
        public String get() {
            return "";
        }

        @Path("parent")
        public Folder parent() {
            return new Folder();
        }
    }

    @Path("shelves")
    public static class Shelves {
        @Path("{shelf}")
        public Shelf shelf() {
            return new Shelf();
        }
    }

    public static class Shelf {
        @GET
        public String get() {
            return "";
        }

        @Path("books/{book}")
        public Book book() {
            return new Book();
        }
    }

    public static class Book {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void locatorsThatLeadBack() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.LOCATOR_CYCLE, Folders.class);

        assertEquals(1, warnings.size());
        assertEquals(List.of(Folder.class.getName() + "#file", File.class.getName() + "#parent"), warnings.get(0).methods());
        assertEquals("GET /folders/7/files/7/parent/files/7/parent", warnings.get(0).exampleRequest());
    }

    @Test
    void aLocatorTreeWithoutCycles() {
        assertEquals(List.of(), StartupFindings.report(Shelves.class).findings());
    }
}
