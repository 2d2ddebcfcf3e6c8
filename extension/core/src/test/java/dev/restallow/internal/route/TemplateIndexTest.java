package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A lookup collects only the templates whose literal prefix the path has, not all of them. */
class TemplateIndexTest {

    @Test
    void candidatesDoNotGrowWithTheNumberOfTemplates() {
        TemplateIndex.Builder<Integer> builder = TemplateIndex.builder();
        for (int i = 0; i < 10_000; i++) {
            builder.add(PathTemplate.parse("api/r" + i + "/{id}"), i);
        }
        builder.add(PathTemplate.parse("{anything}"), -1);
        TemplateIndex<Integer> index = builder.build();

        List<TemplateIndex.Entry<Integer>> candidates = index.matchCandidates("/api/r5000/7");

        assertEquals(List.of(-1, 5000), candidates.stream().map(TemplateIndex.Entry::value).toList());
    }

    @Test
    void templatesStartingWithAVariableAreCandidatesWhereTheSegmentsAfterItMatch() {
        TemplateIndex<String> index = TemplateIndex.<String>builder()
                .add(PathTemplate.parse("{a}/x"), "variable first")
                .add(PathTemplate.parse("users{id}"), "partial segment")
                .add(PathTemplate.parse("users"), "literal")
                .build();

        List<String> found = index.matchCandidates("/users/x").stream().map(TemplateIndex.Entry::value).toList();

        assertTrue(found.containsAll(List.of("variable first", "partial segment", "literal")), found.toString());
        assertEquals(Set.of("variable first", "partial segment"), values(index.matchCandidates("/other/x")));
        // a segment that is partly literal is not indexed: the caller matches it
        assertEquals(Set.of("partial segment"), values(index.matchCandidates("/other")));
    }

    private static Set<String> values(List<TemplateIndex.Entry<String>> entries) {
        return entries.stream().map(TemplateIndex.Entry::value).collect(Collectors.toSet());
    }
}
