package dev.restallow.tck.soak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A bounded soak of one server with rest-allow: a warm-up, then mixed traffic (see
 * {@link WrkTraffic}), with the server's heap after a full GC, once settled, measured after the
 * warm-up and at the end. The length comes from {@value #SECONDS_PROPERTY} (seconds of traffic
 * after the warm-up; default 20).
 */
public final class Soak {

    public static final String SECONDS_PROPERTY = "restallow.soak.seconds";

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final int CONNECTIONS = 4;

    private Soak() {
    }

    /**
     * @param base the contract's resource set with rest-allow (ends in '/')
     * @param heap how to read the server's heap
     * @param workDirectory where wrk's script and output go
     */
    public static SoakReport run(URI base, HeapAfterFullGc heap, Path workDirectory)
            throws IOException, InterruptedException {
        Duration traffic = Duration.ofSeconds(Math.max(2, Long.getLong(SECONDS_PROPERTY, 20)));
        WrkTraffic wrk = new WrkTraffic(base, CONNECTIONS, workDirectory);
        WrkTraffic.Counts warmUp = wrk.send(WARM_UP);
        long afterWarmUp = heap.settledBytes();
        WrkTraffic.Counts measured = wrk.send(traffic);
        long atEnd = heap.settledBytes();
        WrkTraffic.Counts all = warmUp.plus(measured);
        return new SoakReport(traffic.plus(WARM_UP), all.requests(), all.checked(), all.unexpected(),
                all.socketErrors(), all.firstProblem(), afterWarmUp, atEnd);
    }
}
