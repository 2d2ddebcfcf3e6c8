package dev.restallow.tck.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;

/** The heap a server uses right after a full garbage collection. */
public interface HeapAfterFullGc {

    /** Measurements of the heap after a full GC that lie this close together count as settled. */
    long SETTLED_WITHIN = 1024 * 1024;

    long usedBytes() throws IOException, InterruptedException;

    /**
     * How long the server needs after traffic before what it still holds for that traffic is
     * released. Zero by default.
     */
    default Duration quietPeriod() {
        return Duration.ZERO;
    }

    /**
     * The used heap after a full GC once it has settled: after the {@link #quietPeriod()}, measured
     * every 5 s until three measurements in a row lie within {@link #SETTLED_WITHIN}, for at most
     * 90 s more.
     */
    default long settledBytes() throws IOException, InterruptedException {
        Thread.sleep(quietPeriod().toMillis());
        Deque<Long> window = new ArrayDeque<>();
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            window.addLast(usedBytes());
            if (window.size() > 3) {
                window.removeFirst();
            }
            long spread = Collections.max(window) - Collections.min(window);
            if (window.size() == 3 && spread < SETTLED_WITHIN || System.nanoTime() > deadline) {
                return window.getLast();
            }
            Thread.sleep(5_000);
        }
    }

    /** The server runs in this JVM (an embedded runtime). */
    static HeapAfterFullGc ofThisJvm() {
        return () -> {
            // with G1 (the default), System.gc() is a full, stop-the-world collection
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        };
    }
}
