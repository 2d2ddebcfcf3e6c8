package dev.restallow.tck.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example values for template variables with their own regular expression. */
class RegexExampleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "[0-9]+                 => 0",
        "\\d{4}-\\d{2}          => 0000-00",
        "[a-z]{2,5}             => aa",
        "(?:draft|final)        => draft",
        "[^/]+\\.json           => a.json",
        ".*                     => a",
        "v(1|2)/[A-Z][a-z]*     => v1/Aa",
        "[\\d]+                 => 0",
        "[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12} => aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
    })
    void aShortValueTheExpressionMatches(String regex, String example) {
        assertEquals(Optional.of(example), RegexExample.of(Pattern.compile(regex)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {"\\p{Lu}{3}", "[^\\w-]+"})
    void noExampleWhenNothingSimpleMatches(String regex) {
        assertEquals(Optional.empty(), RegexExample.of(Pattern.compile(regex)));
    }
}
