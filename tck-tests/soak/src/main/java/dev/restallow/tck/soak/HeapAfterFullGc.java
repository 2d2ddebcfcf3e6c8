package dev.restallow.tck.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;

/** The heap a server uses right after a full garbage collection. */
public interface HeapAfterFullGc {

    /** Measurements of the heap after a full GC that lie this close together count as settled. */
    long SETTLED_WITHIN = 1024 * 1024;

    long usedBytes() throws IOException, InterruptedException;

    /**
     * The used heap after a full GC once it has settled: measured every 5 s until three
     * measurements in a row lie within {@link #SETTLED_WITHIN}, for at most 90 s. Grizzly (Payara)
     * keeps the records of closed connections until its idle timeout sweeps them (about 30 s; it
     * closes the connection after every 501, as Tomcat does), so right after traffic its heap
     * still holds them: 30,000 mixed requests leave ~6 MiB that are gone 30 s later.
     */
    default long settledBytes() throws IOException, InterruptedException {
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
