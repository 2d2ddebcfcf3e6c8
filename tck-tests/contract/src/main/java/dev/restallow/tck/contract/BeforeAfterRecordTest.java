package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.BeforeAfter;
import dev.restallow.tck.ContractTargets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Records, for the README's before/after table, what this runtime sends without and with
 * rest-allow ({@value BeforeAfter#DEFAULT_FILE}, see {@link BeforeAfter}). The other tests check
 * the answers; this one only keeps them.
 */
class BeforeAfterRecordTest {

    @Test
    void recordsTheExchanges() throws IOException {
        Path file = BeforeAfter.record(ContractTargets.current());

        try (Reader in = Files.newBufferedReader(file); JsonReader reader = Json.createReader(in)) {
            JsonObject record = reader.readObject();
            assertEquals(BeforeAfter.FORMAT, record.getString("format"));
            long expected = BeforeAfter.PROBES.stream().mapToInt(probe -> probe.mappedOnly() ? 1 : 2).sum();
            assertEquals(expected, record.getJsonArray("exchanges").size());
        }
    }
}
