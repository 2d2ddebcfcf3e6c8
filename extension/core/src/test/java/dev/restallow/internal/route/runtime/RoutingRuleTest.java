package dev.restallow.internal.route.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.internal.scan.ResourceClassScanner;
import dev.restallow.overlap.OverlappingResources.EqualLocators;
import dev.restallow.overlap.OverlappingResources.ListRegex;
import dev.restallow.overlap.OverlappingResources.ListRegexMethods;
import dev.restallow.overlap.OverlappingResources.LocatorBesideTemplate;
import dev.restallow.overlap.OverlappingResources.Named;
import dev.restallow.overlap.OverlappingResources.NewShelf;
import dev.restallow.overlap.OverlappingResources.NewShelfWithSubResource;
import dev.restallow.overlap.OverlappingResources.OnlyLocator;
import dev.restallow.overlap.OverlappingResources.Root;
import dev.restallow.overlap.OverlappingResources.SharedRootFirst;
import dev.restallow.overlap.OverlappingResources.SharedRootGroup;
import dev.restallow.overlap.OverlappingResources.SharedRootLast;
import dev.restallow.overlap.OverlappingResources.SharedRootPlain;
import dev.restallow.overlap.OverlappingResources.SharedTemplate;
import dev.restallow.overlap.OverlappingResources.Shelf;
import dev.restallow.overlap.OverlappingResources.Siblings;
import dev.restallow.overlap.OverlappingResources.SlashVariable;
import dev.restallow.overlap.OverlappingResources.Spanning;
import dev.restallow.overlap.OverlappingResources.SpanningLocator;
import dev.restallow.overlap.OverlappingResources.TiedLocators;
import dev.restallow.overlap.OverlappingResources.WholeRestLocator;
import dev.restallow.testapp.TestApplication;
import java.util.List;
import org.apache.cxf.jaxrs.impl.CxfRuntimeObject;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.resteasy.core.ResteasyRuntimeObject;
import org.jboss.resteasy.reactive.server.jaxrs.QuarkusRestRuntimeObject;
import org.junit.jupiter.api.Test;

/**
 * Where templates overlap, each runtime's rule (OVERLAP-RULES.md) decides which methods a path
 * serves; §3.7.2 (Quarkus REST) selects by path alone.
 */
class RoutingRuleTest {

    private static RouteTable table(RoutingRule rule, Class<?>... rootClasses) {
        return RouteTableBuilder.build(ResourceClassScanner.read(List.of(rootClasses)), rule);
    }

    private static String allow(RouteTable table, String path) {
        RouteLookup lookup = table.lookup(RelativePath.of(path));
        return lookup instanceof RouteLookup.Match match ? match.allowed().headerValue() : lookup.toString();
    }

    @Test
    void theSpecSelectsTheBestTemplateOnly() {
        RouteTable spec = table(RoutingRule.SPEC, Siblings.class);
        assertEquals("GET, HEAD, OPTIONS", allow(spec, "o/b"));
        assertEquals("DELETE, OPTIONS", allow(spec, "o/z"));
    }

    @Test
    void jerseyServesFromLaterClosedRoutesUntilAnOpenRoute() {
        RouteTable jersey = table(RoutingRule.JERSEY, Siblings.class);
        // b (GET), then {x: [a-c]+} (PATCH; before the equally ranked locator), then the locator ends the walk
        assertEquals("GET, HEAD, PATCH, OPTIONS", allow(jersey, "o/b"));
        // the locator's open route comes first: every method goes into its target
        assertEquals("DELETE, OPTIONS", allow(jersey, "o/z"));
    }

    @Test
    void resteasyServesEveryMatchingMethodTemplateUnlessALocatorComesFirst() {
        RouteTable resteasy = table(RoutingRule.RESTEASY, Siblings.class);
        assertEquals("GET, HEAD, PUT, PATCH, OPTIONS", allow(resteasy, "o/b"));
        // {w: [a-z]+} has a regex, {v} none: the locator comes first
        assertEquals("DELETE, OPTIONS", allow(resteasy, "o/z"));
    }

    @Test
    void cxfChoosesAmongTheTemplatesThatDeclareTheMethodAndLocators() {
        RouteTable cxf = table(RoutingRule.CXF, Siblings.class);
        // DELETE: no method template declares it, so the matching locator's target serves it
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", allow(cxf, "o/b"));
        assertEquals("PUT, DELETE, OPTIONS", allow(cxf, "o/z"));
    }

    @Test
    void tiedLocatorsAreOrderedByEachRuntimesRegex() {
        // {v}/c and b/{w}: equal literal characters and variables; the regex (or RESTEasy's tree depth) decides
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.SPEC, TiedLocators.class), "t/b/c"));
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.CXF, TiedLocators.class), "t/b/c"));
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.JERSEY, TiedLocators.class), "t/b/c"));
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.RESTEASY, TiedLocators.class), "t/b/c"));
    }

    @Test
    void jerseyServesAMethodTheLiteralClassLacksFromTheTemplateClass() {
        assertEquals("GET, HEAD, POST, DELETE, OPTIONS",
                allow(table(RoutingRule.JERSEY, NewShelf.class, Shelf.class), "shelves/new"));
        assertEquals("GET, HEAD, DELETE, OPTIONS",
                allow(table(RoutingRule.JERSEY, NewShelf.class, Shelf.class), "shelves/7"));
    }

    @Test
    void jerseyKeepsTheLiteralClassWhenItHasSubResources() {
        // its open route follows its resource methods and ends the walk (eclipse-ee4j/jersey#3411)
        assertEquals("GET, HEAD, POST, OPTIONS",
                allow(table(RoutingRule.JERSEY, NewShelfWithSubResource.class, Shelf.class), "shelves/new"));
    }

    @Test
    void resteasyAndCxfSelectRootClassesByPathAlone() {
        for (RoutingRule rule : List.of(RoutingRule.SPEC, RoutingRule.RESTEASY, RoutingRule.CXF)) {
            assertEquals("GET, HEAD, POST, OPTIONS", allow(table(rule, NewShelf.class, Shelf.class), "shelves/new"),
                    rule.name());
        }
    }

    @Test
    void resteasyBreaksTiesBetweenRootTemplatesByRegistrationOrder() {
        // "/" and "{name}": no literal characters, no regex, both at the root of RESTEasy's tree; "/" takes
        // every path there, and nothing in it serves x
        assertEquals(RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS, table(RoutingRule.RESTEASY, Root.class, Named.class).lookup(RelativePath.of("x")));
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.RESTEASY, Named.class, Root.class), "x"));
        // §3.7.2 and the others rank {name} first: one variable more
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.JERSEY, Root.class, Named.class), "x"));
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.CXF, Root.class, Named.class), "x"));
    }

    @Test
    void resteasyMatchesARootClassesMethodsByTheirFullTemplates() {
        // {v: a.*} takes the whole path, leaving nothing for sub-resources, except in RESTEasy, which matches
        // "{v: a.*}/{w: .+}" and "{v: a.*}/{x}" against the whole path
        assertEquals("POST, OPTIONS", allow(table(RoutingRule.SPEC, Spanning.class), "abc/q"));
        assertEquals("POST, OPTIONS", allow(table(RoutingRule.JERSEY, Spanning.class), "abc/q"));
        assertEquals("POST, OPTIONS", allow(table(RoutingRule.CXF, Spanning.class), "abc/q"));
        assertEquals("GET, HEAD, POST, DELETE, OPTIONS", allow(table(RoutingRule.RESTEASY, Spanning.class), "abc/q"));
    }

    @Test
    void resteasyLeavesALocatorTargetWhatItsLastFindLeaves() {
        RouteTable resteasy = table(RoutingRule.RESTEASY, SpanningLocator.class);
        assertEquals("PUT, OPTIONS", allow(resteasy, "a/b/q"));
        // "{v: a.*}/b(/.+)?" first finds "a/b/b" (no final group): the whole path is the locator's
        assertEquals("GET, HEAD, OPTIONS", allow(resteasy, "a/b/bc"));
        // where the class template takes the whole path first, nothing is left for the locator
        assertEquals(RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS, table(RoutingRule.SPEC, SpanningLocator.class).lookup(RelativePath.of("a/b/bc")));
    }

    @Test
    void cxfTakesAllButOptionsIntoALocatorThatMatchesTheWholeRest() {
        RouteTable cxf = table(RoutingRule.CXF, WholeRestLocator.class);
        // HEAD: the HEAD method; GET: no method declares it, so the locator, whose target has nothing at "": 404.
        // No Allow is exact where some methods are 404: the runtime's answers stand
        assertInstanceOf(RouteLookup.Deferred.class, cxf.lookup(RelativePath.of("l/c/d")));
        // below the locator, every method but HEAD goes into it
        assertEquals("GET, HEAD, OPTIONS", allow(cxf, "l/c/d/z"));
        assertEquals(RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS, table(RoutingRule.SPEC, WholeRestLocator.class).lookup(RelativePath.of("l/c/d")));

        // OPTIONS never reaches the target's @OPTIONS (CXF answers 404), every other method gets its 405
        RouteLookup onlyLocator = table(RoutingRule.CXF, OnlyLocator.class).lookup(RelativePath.of("m/x/e"));
        assertEquals("OPTIONS", ((RouteLookup.Match) onlyLocator).allowed().headerValue());
        assertTrue(((RouteLookup.Match) onlyLocator).declaresOptions(), "rest-allow leaves OPTIONS to CXF there");
    }

    @Test
    void jerseyParsesARegexWithACommaAsAListAndGroupsSubResourcesByRegex() {
        // {v: [a-z]{1,3}} counts no regex in Jersey: {h: .+} (grouped with the locator {l: .+}) comes first, and
        // the group's open route ends the walk before POST's route
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.JERSEY, ListRegexMethods.class), "list/abc"));
        // {l: .+} (the locator) comes before {h: .+} in Jersey's HashMap of the class's paths: no automatic OPTIONS
        RouteLookup.Match noOptions = (RouteLookup.Match) table(RoutingRule.JERSEY, ListRegex.class).lookup(RelativePath.of("items/abc"));
        assertEquals("HEAD", noOptions.allowed().headerValue());
        assertTrue(noOptions.declaresOptions(), "rest-allow leaves OPTIONS to Jersey there");
    }

    @Test
    void aVariableThatTakesOnlyASlashSpansASegment() {
        // "//" (relative path "/"): the §3.7.2 walk lets {v: .+} take "/", RESTEasy matches "/" and finds nothing
        assertEquals("HEAD, OPTIONS", allow(table(RoutingRule.SPEC, SlashVariable.class), "/"));
        assertEquals(RouteLookup.NO_MATCH, table(RoutingRule.RESTEASY, SlashVariable.class).lookup(RelativePath.of("/")));
        assertEquals("HEAD, OPTIONS", allow(table(RoutingRule.RESTEASY, SlashVariable.class), "a/"));
    }

    @Test
    void cxfTakesALocatorForTheMethodsItsTemplatesMethodsLack() {
        RouteTable cxf = table(RoutingRule.CXF, SharedTemplate.class);
        assertEquals("GET, HEAD, DELETE, OPTIONS", allow(cxf, "shared/b"));
        // HEAD is served, every other method goes into the locator, whose target has nothing at "": 404
        assertInstanceOf(RouteLookup.Deferred.class, cxf.lookup(RelativePath.of("shared/42")));
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.SPEC, SharedTemplate.class), "shared/b"));
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.JERSEY, SharedTemplate.class), "shared/b"));
    }

    @Test
    void cxfTakesAMethodDeclaredNowhereIntoALocator() {
        // GET: {v}; every other method, also one the application declares nowhere: the locator's target, 404 at ""
        assertInstanceOf(RouteLookup.Deferred.class, table(RoutingRule.CXF, LocatorBesideTemplate.class).lookup(RelativePath.of("beside/b")));
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.CXF, LocatorBesideTemplate.class), "beside/c"));
    }

    @Test
    void jerseyOrdersTheSubResourcesOfRootClassesWithTheSamePathAsOneClasses() {
        // "b" (the locator) comes before "/b/" (DELETE) in Jersey's HashMap: no automatic OPTIONS at both/b
        RouteLookup.Match match = (RouteLookup.Match) table(RoutingRule.JERSEY, SharedRootPlain.class, SharedRootGroup.class)
                .lookup(RelativePath.of("both/b"));
        assertEquals("DELETE", match.allowed().headerValue());
    }

    @Test
    void resteasyLeavesTheTargetOfEquallyRankedLocatorsToTheRuntime() {
        assertInstanceOf(RouteLookup.Deferred.class, table(RoutingRule.RESTEASY, EqualLocators.class).lookup(RelativePath.of("tie/543")));
        // only {v: .+} matches
        assertEquals("GET, HEAD, OPTIONS", allow(table(RoutingRule.RESTEASY, EqualLocators.class), "tie/a"));
    }

    @Test
    void withoutOverlapEveryRuleAnswersAsTheSpec() {
        RouteTable spec = RouteTableBuilder.build(ResourceClassScanner.read(TestApplication.resources()));
        for (RoutingRule rule : RoutingRule.values()) {
            RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(TestApplication.resources()), rule);
            for (String path : List.of("users", "users/", "users/1", "items/12", "items/special", "orgs/a",
                    "orgs/a/members", "cache", "nowhere", "items/abc", "plugins/x", "tree/x/x/x", "/users")) {
                assertEquals(spec.lookup(RelativePath.of(path)), table.lookup(RelativePath.of(path)), rule + " " + path);
            }
        }
    }

    @Test
    void cxfFollowsTheLocatorOfTheRootClassRegisteredLastWhereRootClassesShareATemplate() {
        RouteTable cxf = table(RoutingRule.CXF, SharedRootFirst.class, SharedRootLast.class);
        assertEquals("POST, OPTIONS", allow(cxf, "a/122/c"));
        assertEquals("NoMatch[insideResourceClass=true]", allow(cxf, "a/122"));
        // elsewhere the first class's locator stays the one followed
        assertEquals("DELETE, OPTIONS", allow(table(RoutingRule.JERSEY, SharedRootFirst.class, SharedRootLast.class), "a/122"));
    }

    @Test
    void theRuntimeIsKnownByItsPackage() {
        ResourceConfig jersey = new ResourceConfig();
        assertEquals(RoutingRule.JERSEY, RoutingRule.ofRuntime(jersey, jersey.getConfiguration()));
        assertEquals(RoutingRule.RESTEASY, RoutingRule.ofRuntime(new ResteasyRuntimeObject(), null));
        assertEquals(RoutingRule.CXF, RoutingRule.ofRuntime(null, new CxfRuntimeObject()));
        // Quarkus REST lives in org.jboss.resteasy.reactive and follows §3.7.2
        assertEquals(RoutingRule.SPEC, RoutingRule.ofRuntime(new QuarkusRestRuntimeObject(), null));
        assertEquals(RoutingRule.SPEC, RoutingRule.ofRuntime(new Object(), null));
    }
}
