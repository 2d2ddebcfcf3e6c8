package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How RESTEasy 6.2 matches a sub-resource locator's template and what it leaves for the target
 * (RootNode#addExpression, SegmentNode#match): the template's regex followed by {@code (/.+)?}, or
 * by {@code (.*)} for a template without variables; the matched part ends where the last
 * {@code find()} of that pattern found a non-empty final group, and is the whole path when none
 * did. So {@code @Path("{v: a.*}/b")} on {@code a/b/bc} leaves nothing for the target (the first
 * find stops at "a/b/b"), while on {@code a/b/q} it leaves "/q".
 */
final class ResteasyLocatorPattern {

    private final Pattern pattern;
    /** RESTEasy's index of the final group: one after the template's variables. */
    private final int finalGroup;

    ResteasyLocatorPattern(PathTemplate template) {
        this.pattern = Pattern.compile(template.regex() + (template.variables() > 0 ? "(/.+)?" : "(.*)"));
        this.finalGroup = template.variables() + 1;
    }

    /** What the target matches: "" or a rest starting with '/', or null when the locator does not match. */
    String rest(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        int group = Math.min(finalGroup, matcher.groupCount());
        int length = matcher.start(group);
        if (length == -1) {
            return "";
        }
        String matched = path;
        Matcher finder = pattern.matcher(path);
        while (finder.find()) {
            String end = finder.group(finder.groupCount());
            if (end != null && !end.isEmpty()) {
                int index = path.indexOf(end, length);
                if (index > -1) {
                    matched = path.substring(0, index);
                }
            }
        }
        return path.substring(matched.length());
    }
}
