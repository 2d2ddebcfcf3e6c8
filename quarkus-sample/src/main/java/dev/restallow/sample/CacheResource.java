package dev.restallow.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicLong;

/** The shelf's search cache: how often it was purged, and PURGE to drop it. */
@Path("cache")
@Produces(MediaType.APPLICATION_JSON)
public class CacheResource {

    /**
     * The cache's state.
     *
     * @param purges how often the cache was purged since start-up
     */
    public record CacheState(long purges) {
    }

    private static final AtomicLong PURGES = new AtomicLong();

    @GET
    public CacheState state() {
        return new CacheState(PURGES.get());
    }

    @PURGE
    public CacheState purge() {
        return new CacheState(PURGES.incrementAndGet());
    }
}
