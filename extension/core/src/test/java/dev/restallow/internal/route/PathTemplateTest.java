package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates become R(T) as Jakarta REST §3.7.3 describes, with the §3.7.2 sort keys. */
class PathTemplateTest {

    @Test
    void leadingAndTrailingSlashesDoNotMatter() {
        assertEquals(PathTemplate.parse("users").regex(), PathTemplate.parse("/users/").regex());
        assertEquals("", PathTemplate.parse("/").regex());
    }

    @Test
    void variableNamesDoNotMatterButTheirRegexDoes() {
        assertEquals(PathTemplate.parse("{id}").regex(), PathTemplate.parse("{name}").regex());
        assertTrue(!PathTemplate.parse("{id: [0-9]+}").regex().equals(PathTemplate.parse("{id}").regex()));
    }

    @Test
    void sortKeys() {
        PathTemplate template = PathTemplate.parse("a/{b}/c{d: [0-9]{2}}");

        assertEquals(5, template.literalCharacters()); // "/a/", "/c"
        assertEquals(2, template.variables());
        assertEquals(1, template.regexVariables());
        assertEquals(List.of("a"), template.literalSegments());
    }

    @Test
    void matchReturnsWhatIsLeft() {
        PathTemplate users = PathTemplate.parse("users");

        assertEquals("", users.match("/users"));
        assertEquals("/", users.match("/users/"));
        assertEquals("/7/x", users.match("/users/7/x"));
        assertNull(users.match("/usersx"));
        assertNull(users.match("/user"));
    }

    @Test
    void regexVariableWithBraces() {
        PathTemplate code = PathTemplate.parse("codes/{code: [A-Z]{3}}");

        assertEquals("", code.match("/codes/ABC"));
        assertNull(code.match("/codes/ABCD"));
    }

    @Test
    void regexVariableMaySpanSegments() {
        PathTemplate files = PathTemplate.parse("files/{path: .+}");

        assertEquals("", files.match("/files/a/b/c"));
    }

    @Test
    void literalCharactersAreQuotedAndEncoded() {
        assertEquals("", PathTemplate.parse("a.b").match("/a.b"));
        assertNull(PathTemplate.parse("a.b").match("/axb"));
        assertEquals("", PathTemplate.parse("a b").match("/a%20b"));
    }

    @Test
    void malformedTemplatesAreReported() {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("a/{b"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("a/{b: [}"));
    }

    @Test
    void matchingOrderPrefersLiteralsThenVariablesThenRegexVariables() {
        List<PathTemplate> sorted = List.of(
                        PathTemplate.parse("{a}"),
                        PathTemplate.parse("{a: .+}"),
                        PathTemplate.parse("{a}/{b}"),
                        PathTemplate.parse("fixed"))
                .stream().sorted(PathTemplate.MATCHING_ORDER).toList();

        assertEquals(List.of("fixed", "{a}/{b}", "{a: .+}", "{a}"), sorted.stream().map(PathTemplate::source).toList());
    }
}
