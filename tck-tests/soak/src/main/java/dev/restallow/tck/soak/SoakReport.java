package dev.restallow.tck.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Soak} measured.
 *
 * @param duration the traffic's length, warm-up included
 * @param requests requests completed
 * @param checked answers checked for status and exact {@code Allow}
 * @param unexpected answers with a wrong status or {@code Allow}
 * @param socketErrors connect, read, write errors and timeouts
 * @param firstProblem the first unexpected answer, or empty
 * @param heapAfterWarmUp the server's used heap after a full GC, settled, after the warm-up
 * @param heapAtEnd the same at the end
 */
public record SoakReport(Duration duration, long requests, long checked, long unexpected, long socketErrors,
        String firstProblem, long heapAfterWarmUp, long heapAtEnd) {

    /** Growth of the heap after a full GC, warm-up to end, above which the soak counts as leaking. */
    public static final long MAX_HEAP_GROWTH = 16L * 1024 * 1024;

    /** At least this many answers must have been checked for the soak to say anything. */
    public static final long MIN_CHECKED = 1_000;

    /** The guarantees this soak broke; empty when none. */
    public List<String> brokenGuarantees() {
        List<String> broken = new ArrayList<>();
        if (checked < MIN_CHECKED) {
            broken.add("only " + checked + " answers checked");
        }
        if (unexpected > 0) {
            broken.add(unexpected + " answers with a wrong status or Allow, first: " + firstProblem);
        }
        if (socketErrors > 0) {
            broken.add(socketErrors + " socket errors or timeouts");
        }
        if (heapGrowth() > MAX_HEAP_GROWTH) {
            broken.add(String.format("the heap after a full GC grew by %.1f MiB", heapGrowth() / (1024.0 * 1024.0)));
        }
        return broken;
    }

    /** How much the heap after a full GC grew from the warm-up to the end (negative when it shrank). */
    public long heapGrowth() {
        return heapAtEnd - heapAfterWarmUp;
    }

    @Override
    public String toString() {
        return String.format("%d requests in %d s (%d checked, %d unexpected, %d socket errors%s);"
                        + " heap after full GC: %.1f MiB after warm-up, %.1f MiB at the end",
                requests, duration.toSeconds(), checked, unexpected, socketErrors,
                firstProblem.isEmpty() ? "" : ", first: " + firstProblem,
                mebibytes(heapAfterWarmUp), mebibytes(heapAtEnd));
    }

    private static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
