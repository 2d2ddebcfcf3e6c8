package dev.restallow.bench.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;

/**
 * {@code GET /_alloc}: the bytes allocated so far by all live threads of the server
 * ({@code com.sun.management.ThreadMXBean#getTotalThreadAllocatedBytes}). bench/ab.sh reads it
 * before and after a fixed run to get the allocation per request with and without rest-allow.
 */
@Path("_alloc")
public class AllocationResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Long.toString(threads.getTotalThreadAllocatedBytes());
    }
}
