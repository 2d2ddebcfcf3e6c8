package dev.restallow.internal.body;

import dev.restallow.internal.route.MethodToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@code Accept} header (RFC 9110 §12.5.1): which of {@code application/json} and
 * {@code application/problem+json} the client prefers (each type gets the quality of the most
 * specific range that matches it), and which range it prefers most. The parser never fails:
 * malformed ranges are skipped, and only the first {@value #MAX_RANGES} ranges are read.
 */
public final class AcceptPreference {

    static final int MAX_RANGES = 64;

    private AcceptPreference() {
    }

    /** The format the client prefers, or {@code configured} when it states no preference between the two. */
    static BodyFormat choose(String accept, BodyFormat configured) {
        if (configured == BodyFormat.NONE || accept == null || accept.isBlank()) {
            return configured;
        }
        Quality json = new Quality();
        Quality problem = new Quality();
        for (MediaRange range : ranges(accept)) {
            json.offer(specificity(range.type(), "application/json"), range.quality());
            problem.offer(specificity(range.type(), "application/problem+json"), range.quality());
        }
        if (problem.value() > json.value()) {
            return BodyFormat.PROBLEM;
        }
        if (json.value() > problem.value()) {
            return BodyFormat.JSON;
        }
        return configured;
    }

    /**
     * The range the client prefers most: the highest quality above 0, then the most specific
     * (type/subtype over type/* over *&#47;*), then the first; null without any well-formed range.
     */
    public static MediaRange preferred(String accept) {
        MediaRange best = null;
        for (MediaRange range : ranges(accept)) {
            if (range.quality() > 0 && (best == null || range.quality() > best.quality()
                    || range.quality() == best.quality() && range.specificity() > best.specificity())) {
                best = range;
            }
        }
        return best;
    }

    /** The well-formed ranges among the first {@value #MAX_RANGES}, in order. */
    static List<MediaRange> ranges(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null) {
            return ranges;
        }
        int start = 0;
        for (int read = 0; read < MAX_RANGES && start <= accept.length(); read++) {
            int end = accept.indexOf(',', start);
            if (end < 0) {
                end = accept.length();
            }
            MediaRange range = readRange(accept.substring(start, end));
            if (range != null) {
                ranges.add(range);
            }
            start = end + 1;
        }
        return ranges;
    }

    private static MediaRange readRange(String range) {
        String[] parts = range.split(";");
        if (parts.length == 0) {
            return null;
        }
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || slash != type.lastIndexOf('/')
                || !MethodToken.isToken(type.substring(0, slash)) || !MethodToken.isToken(type.substring(slash + 1))) {
            return null;
        }
        double q = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                q = parseQuality(parameter.substring(2));
                if (q < 0) {
                    return null;
                }
            }
        }
        return new MediaRange(type, q);
    }

    /** 3 for an exact match, 2 for type/*, 1 for *&#47;*, 0 when the range does not match. */
    private static int specificity(String range, String mediaType) {
        if (range.equals(mediaType)) {
            return 3;
        }
        if (range.equals("application/*")) {
            return 2;
        }
        return range.equals("*/*") ? 1 : 0;
    }

    private static double parseQuality(String text) {
        try {
            double q = Double.parseDouble(text.trim());
            return q >= 0 && q <= 1 ? q : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static final class Quality {
        private int specificity;
        private double quality;

        void offer(int rangeSpecificity, double q) {
            if (rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                quality = q;
            }
        }

        double value() {
            return specificity == 0 ? 0 : quality;
        }
    }
}
