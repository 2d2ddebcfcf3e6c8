package dev.restallow;

import java.util.Locale;

/**
 * Chooses between {@code application/json} and {@code application/problem+json} from an
 * {@code Accept} header (RFC 9110 §12.5.1): each type gets the quality of the most specific range
 * that matches it. The parser never fails: malformed ranges are skipped, and only the first
 * {@value #MAX_RANGES} ranges are read.
 */
final class AcceptPreference {

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
        int start = 0;
        for (int ranges = 0; ranges < MAX_RANGES && start <= accept.length(); ranges++) {
            int end = accept.indexOf(',', start);
            if (end < 0) {
                end = accept.length();
            }
            readRange(accept.substring(start, end), json, problem);
            start = end + 1;
        }
        if (problem.value() > json.value()) {
            return BodyFormat.PROBLEM;
        }
        if (json.value() > problem.value()) {
            return BodyFormat.JSON;
        }
        return configured;
    }

    private static void readRange(String range, Quality json, Quality problem) {
        String[] parts = range.split(";");
        if (parts.length == 0) {
            return;
        }
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1) {
            return;
        }
        double q = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                q = parseQuality(parameter.substring(2));
                if (q < 0) {
                    return;
                }
            }
        }
        json.offer(specificity(type, "application/json"), q);
        problem.offer(specificity(type, "application/problem+json"), q);
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
