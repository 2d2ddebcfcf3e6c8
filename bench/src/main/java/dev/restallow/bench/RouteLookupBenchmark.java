package dev.restallow.bench;

import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.internal.route.runtime.RoutingRule;
import dev.restallow.internal.scan.ResourceClassScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code RouteTable.lookup} of concrete paths that really match, spread over a generated
 * application of 10, 1,000 or 10,000 resource methods (see {@link GeneratedApplication}).
 * {@code lookup} runs in sample mode, so that the median (p0.50) is reported next to the mean;
 * {@code lookupCpu} in average mode, with the CPU time per lookup of the benchmark thread
 * ({@code cpuNanosPerLookup}, ThreadMXBean), which other processes on a shared machine inflate
 * much less than wall-clock time. {@code rule} is the runtime whose selection the table
 * reproduces: Jersey, RESTEasy and CXF route each method on its own (overlapping templates).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RouteLookupBenchmark {

    /** Power of two, so that the rotation is a mask. */
    private static final int PATHS = 4096;

    @Param({"10", "1000", "10000"})
    public int methods;

    /** Whose resource selection the table reproduces: §3.7.2 (Quarkus REST) or a runtime's own (per method). */
    @Param({"SPEC", "JERSEY", "RESTEASY", "CXF"})
    public String rule;

    private RouteTable table;
    private RelativePath[] paths;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedApplication application = GeneratedApplication.generate(methods);
        table = RouteTableBuilder.build(ResourceClassScanner.read(application.rootClasses()), RoutingRule.valueOf(rule));
        paths = application.samplePaths(PATHS, table);
    }

    @Benchmark
    public RouteLookup lookup() {
        return table.lookup(paths[next++ & (PATHS - 1)]);
    }

    /** CPU time per lookup over one iteration, refreshed every 4096 lookups. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private long start;
        private long lookups;
        public double cpuNanosPerLookup;

        @Setup(Level.Iteration)
        public void reset() {
            start = THREADS.getCurrentThreadCpuTime();
            lookups = 0;
            cpuNanosPerLookup = 0;
        }

        void count() {
            if ((++lookups & 4095) == 0) {
                cpuNanosPerLookup = (double) (THREADS.getCurrentThreadCpuTime() - start) / lookups;
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public RouteLookup lookupCpu(CpuTime cpu) {
        cpu.count();
        return table.lookup(paths[next++ & (PATHS - 1)]);
    }
}
