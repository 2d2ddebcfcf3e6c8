package dev.restallow.bench;

import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.internal.scan.ResourceClassScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
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
 * Building the route model of a generated application ({@link GeneratedApplication}).
 *
 * <ul>
 *   <li>{@code build}: the same classes again and again (the JVM's reflection caches are warm,
 *       as after the runtime itself has introspected the resources);</li>
 *   <li>{@code buildFreshClasses}: one build per newly generated and loaded set of classes, so
 *       every {@code getMethods()} and annotation read is a first one (the upper bound of a real
 *       deployment); single shot, timed alone.</li>
 * </ul>
 * Next to the wall-clock time, {@code cpuMillisPerBuild} is the CPU time of the building thread
 * (ThreadMXBean), which other processes on a shared machine inflate much less.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteTableBuildBenchmark {

    @State(Scope.Benchmark)
    public static class SameClasses {
        @Param({"10000"})
        public int methods;

        List<Class<?>> roots;

        @Setup(Level.Trial)
        public void setUp() {
            roots = GeneratedApplication.generate(methods).rootClasses();
        }
    }

    @State(Scope.Thread)
    public static class FreshClasses {
        @Param({"10000"})
        public int methods;

        List<Class<?>> roots;

        @Setup(Level.Invocation)
        public void setUp() {
            roots = GeneratedApplication.generate(methods).rootClasses();
        }
    }

    /** The mean CPU time of the builds of one iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private long nanos;
        private long builds;
        public double cpuMillisPerBuild;

        @Setup(Level.Iteration)
        public void reset() {
            nanos = 0;
            builds = 0;
            cpuMillisPerBuild = 0;
        }

        RouteTable measure(List<Class<?>> roots) {
            long start = THREADS.getCurrentThreadCpuTime();
            RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(roots));
            nanos += THREADS.getCurrentThreadCpuTime() - start;
            builds++;
            cpuMillisPerBuild = nanos / 1e6 / builds;
            return table;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public RouteTable build(SameClasses application, CpuTime cpu) {
        return cpu.measure(application.roots);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public RouteTable buildFreshClasses(FreshClasses application, CpuTime cpu) {
        return cpu.measure(application.roots);
    }
}
