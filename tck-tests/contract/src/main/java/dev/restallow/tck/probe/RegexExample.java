package dev.restallow.tck.probe;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short string that a template variable's regular expression matches: built by walking the
 * expression (first alternative, one repetition, first character of a class), checked with the
 * pattern itself, and else taken from a few common values.
 */
final class RegexExample {

    private static final List<String> COMMON_VALUES = List.of("0", "1", "a", "probe", "A", "a0", "0a", "-", "a-0", "x.y");

    private final String regex;
    private int position;

    private RegexExample(String regex) {
        this.regex = regex;
    }

    static Optional<String> of(Pattern pattern) {
        try {
            String walked = new RegexExample(pattern.pattern()).walk();
            if (!walked.isEmpty() && pattern.matcher(walked).matches()) {
                return Optional.of(walked);
            }
        } catch (RuntimeException unsupportedConstruct) {
            // fall back to the common values
        }
        return COMMON_VALUES.stream().filter(value -> pattern.matcher(value).matches()).findFirst();
    }

    private String walk() {
        String example = alternation();
        if (position != regex.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + position);
        }
        return example;
    }

    private String alternation() {
        String first = sequence();
        while (position < regex.length() && regex.charAt(position) == '|') {
            position++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder example = new StringBuilder();
        while (position < regex.length() && regex.charAt(position) != '|' && regex.charAt(position) != ')') {
            String atom = atom();
            int repetitions = quantifier();
            example.append(atom.repeat(repetitions));
        }
        return example.toString();
    }

    private String atom() {
        char c = regex.charAt(position++);
        switch (c) {
            case '(':
                boolean lookaround = false;
                if (position < regex.length() && regex.charAt(position) == '?') {
                    position++;
                    char kind = regex.charAt(position);
                    if (kind == '<' && regex.charAt(position + 1) != '=' && regex.charAt(position + 1) != '!') {
                        position = regex.indexOf('>', position) + 1;
                    } else {
                        lookaround = kind == '=' || kind == '!' || kind == '<';
                        position = kind == '<' ? position + 2 : position + 1;
                    }
                }
                String inner = alternation();
                if (position >= regex.length() || regex.charAt(position) != ')') {
                    throw new IllegalArgumentException("unclosed group");
                }
                position++;
                return lookaround ? "" : inner;
            case '[':
                return String.valueOf(characterClass());
            case '\\':
                return escape();
            case '.':
                return "a";
            case '^':
            case '$':
                return "";
            default:
                return String.valueOf(c);
        }
    }

    private String escape() {
        char c = regex.charAt(position++);
        return switch (c) {
            case 'd' -> "0";
            case 'w', 'D', 'S' -> "a";
            case 's' -> " ";
            case 'W' -> "-";
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> "";
            case 'p', 'P' -> throw new IllegalArgumentException("character property");
            default -> String.valueOf(c);
        };
    }

    /** The first character the class admits; for a negated class, a common character it does not exclude. */
    private char characterClass() {
        boolean negated = regex.charAt(position) == '^';
        if (negated) {
            position++;
        }
        StringBuilder members = new StringBuilder();
        Character first = null;
        boolean atStart = true;
        while (atStart || regex.charAt(position) != ']') {
            atStart = false;
            char c = regex.charAt(position++);
            if (c == '[' || (c == '&' && regex.charAt(position) == '&')) {
                throw new IllegalArgumentException("nested class");
            }
            if (c == '\\') {
                String escaped = escape();
                if (escaped.length() != 1 || "dwsDWS".indexOf(regex.charAt(position - 1)) >= 0) {
                    throw new IllegalArgumentException("class escape");
                }
                c = escaped.charAt(0);
            }
            char last = c;
            if (regex.charAt(position) == '-' && regex.charAt(position + 1) != ']') {
                last = regex.charAt(position + 1);
                position += 2;
            }
            for (char member = c; member <= last; member++) {
                members.append(member);
            }
            if (first == null) {
                first = c;
            }
        }
        position++;
        if (!negated) {
            return first;
        }
        for (char candidate : "a0zZ-_x".toCharArray()) {
            if (members.indexOf(String.valueOf(candidate)) < 0) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("negated class excludes every common character");
    }

    /** How often to repeat the atom before: once, unless the quantifier insists on more or on none. */
    private int quantifier() {
        if (position >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(position);
        int repetitions;
        if (c == '*' || c == '+' || c == '?') {
            position++;
            repetitions = 1;
        } else if (c == '{') {
            int end = regex.indexOf('}', position);
            String[] bounds = regex.substring(position + 1, end).split(",", -1);
            position = end + 1;
            int min = Integer.parseInt(bounds[0].trim());
            int max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            repetitions = Math.min(Math.max(min, 1), max);
        } else {
            return 1;
        }
        if (position < regex.length() && (regex.charAt(position) == '?' || regex.charAt(position) == '+')) {
            position++;
        }
        return repetitions;
    }
}
