package dev.restallow.overlap;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Resource classes whose templates overlap, where Jersey, RESTEasy and CXF each select their own way. */
public final class OverlappingResources {

    private OverlappingResources() {
    }

    /** Four sibling templates that all match {@code o/b}; {@code o/z} matches the last two only. */
    @Path("o")
    public static class Siblings {
        @GET
        @Path("b")
        public String literal() {
            return "literal";
        }

        @PATCH
        @Path("{x: [a-c]+}")
        public String fewLetters() {
            return "few";
        }

        @PUT
        @Path("{v}")
        public String anything() {
            return "any";
        }

        @Path("{w: [a-z]+}")
        public Deletable letters() {
            return new Deletable();
        }
    }

    public static class Deletable {
        @DELETE
        public void delete() {
        }
    }

    public static class Readable {
        @GET
        public String get() {
            return "readable";
        }

        @PUT
        @Path("{w}")
        public String put() {
            return "put";
        }
    }

    /** Two locators with equal keys but for the regex: {@code t/b/c} matches both. */
    @Path("t")
    public static class TiedLocators {
        @Path("{v}/c")
        public Readable variableFirst() {
            return new Readable();
        }

        @Path("b/{w}")
        public Deletable literalFirst() {
            return new Deletable();
        }
    }

    @Path("shelves/new")
    public static class NewShelf {
        @GET
        public String form() {
            return "form";
        }

        @POST
        public String create() {
            return "created";
        }
    }

    /** As {@link NewShelf}, with a sub-resource method too (eclipse-ee4j/jersey#3411). */
    @Path("shelves/new")
    public static class NewShelfWithSubResource extends NewShelf {
        @GET
        @Path("help")
        public String help() {
            return "help";
        }
    }

    @Path("shelves/{id}")
    public static class Shelf {
        @GET
        public String get() {
            return "shelf";
        }

        @DELETE
        public void delete() {
        }
    }

    /** A class template whose regex spans segments: {@code abc/q} matches it alone, and with its sub-resources. */
    @Path("{v: a.*}")
    public static class Spanning {
        @GET
        @Path("{w: .+}")
        public String get() {
            return "spanning";
        }

        @POST
        public String post() {
            return "posted";
        }

        @DELETE
        @Path("{x}")
        public void delete() {
        }
    }

    /** A locator below a class template whose regex spans segments. */
    @Path("{v: a.*}")
    public static class SpanningLocator {
        @Path("b")
        public Readable locate() {
            return new Readable();
        }
    }

    /** A HEAD method and a locator that both take {@code l/c/d}; below the locator only {@code z} is served. */
    @Path("l")
    public static class WholeRestLocator {
        @HEAD
        @Path("{v: .+}")
        public String head() {
            return "";
        }

        @Path("c/d")
        public Nested locate() {
            return new Nested();
        }
    }

    public static class Nested {
        @GET
        @Path("z")
        public String get() {
            return "z";
        }
    }

    /** A locator alone, whose target has nothing but an {@code @OPTIONS} method. */
    @Path("m")
    public static class OnlyLocator {
        @Path("{w}/e")
        public Optionable locate() {
            return new Optionable();
        }
    }

    public static class Optionable {
        @OPTIONS
        public String options() {
            return "options";
        }
    }

    @Path("/")
    public static class Root {
        @GET
        public String get() {
            return "root";
        }
    }

    @Path("{name}")
    public static class Named {
        @DELETE
        public void delete() {
        }
    }

    /**
     * Jersey seed 7: {@code [a-z]{1,3}} has a ',' (Jersey parses a list: no regex counted, so it ranks
     * after {@code .+}); {@code {h: .+}} and the locator {@code {l: .+}} are one Jersey resource, the
     * locator's first, so Jersey adds no OPTIONS there.
     */
    @Path("items/")
    public static class ListRegex {
        @POST
        @Path("{v: [a-z]{1,3}}")
        public String post() {
            return "";
        }

        @HEAD
        @Path("{h: .+}")
        public String head() {
            return "";
        }

        @Path("{l: .+}")
        public Deletable locate() {
            return new Deletable();
        }
    }

    /** As {@link ListRegex}, with a GET method on the locator's template: Jersey adds OPTIONS to the group. */
    @Path("list")
    public static class ListRegexMethods {
        @POST
        @Path("{v: [a-z]{1,3}}")
        public String post() {
            return "";
        }

        @HEAD
        @Path("{h: .+}")
        public String head() {
            return "";
        }

        @GET
        @Path("{l: .+}")
        public String get() {
            return "";
        }

        @Path("{l: .+}")
        public Deletable locate() {
            return new Deletable();
        }
    }

    /** RESTEasy seed 99: {@code //} is matched as {@code /}, which {@code .+} after the '/' does not match. */
    @Path("/{v: .+}")
    public static class SlashVariable {
        @HEAD
        public void head() {
        }
    }

    /** CXF seeds 7: a method and a locator on one template; CXF takes the locator for every other method. */
    @Path("shared")
    public static class SharedTemplate {
        @GET
        @Path("b")
        public String get() {
            return "";
        }

        @Path("b")
        public Deletable locate() {
            return new Deletable();
        }

        @HEAD
        @Path("{v: [0-9]+}")
        public void head() {
        }

        @Path("{w: [0-9]+}")
        public Nested locateNested() {
            return new Nested();
        }
    }

    /** CXF seed 99: a method no class declares goes into the locator {@code /b/}, whose target has nothing at "". */
    @Path("beside/")
    public static class LocatorBesideTemplate {
        @Path("/b/")
        public Nested locate() {
            return new Nested();
        }

        @GET
        @Path("{v}")
        public String get() {
            return "";
        }
    }

    /**
     * Jersey seed 3: two root classes share their {@code @Path} as written; Jersey merges them, and orders
     * their sub-resources in one HashMap.
     */
    @Path("both/")
    public static class SharedRootPlain {
        @GET
        public String get() {
            return "";
        }

        @Path("x.y")
        public Nested locate() {
            return new Nested();
        }
    }

    @Path("both/")
    public static class SharedRootGroup {
        @DELETE
        @Path("/b/")
        public void delete() {
        }

        @Path("b")
        public HeadOnly locate() {
            return new HeadOnly();
        }
    }

    public static class HeadOnly {
        @HEAD
        @Path("/b/")
        public void head() {
        }
    }

    /** RESTEasy seed 5: two equally ranked locators; RESTEasy takes the first in reflection order. */
    @Path("tie")
    public static class EqualLocators {
        @Path("{v: .+}")
        public Readable anything() {
            return new Readable();
        }

        @Path("{w: [0-9]+}")
        public Nested digits() {
            return new Nested();
        }
    }

    /** Two root classes on one template, each with a locator on one template (fuzzer seed 31337 on CXF, minimised). */
    @Path("a")
    public static class SharedRootFirst {
        @Path("{v: [0-9]+}")
        public SharedRootFirstTarget item() {
            return new SharedRootFirstTarget();
        }
    }

    public static class SharedRootFirstTarget {
        @DELETE
        public String delete() {
            return "first";
        }
    }

    @Path("a")
    public static class SharedRootLast {
        @Path("{w: [0-9]+}")
        public SharedRootLastTarget item() {
            return new SharedRootLastTarget();
        }
    }

    public static class SharedRootLastTarget {
        @Path("{x: [a-z]{1,3}}")
        public SharedRootLastLeaf leaf() {
            return new SharedRootLastLeaf();
        }
    }

    public static class SharedRootLastLeaf {
        @POST
        public String post() {
            return "last";
        }
    }
}
