package dev.restallow.bench;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.internal.scan.ResourceClassScanner;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of the route model: JOL's {@code GraphLayout.parseInstance(table).totalSize()},
 * every object reachable from the {@link RouteTable} (templates, compiled patterns, index,
 * method sets), for generated applications of 10, 1,000 and 10,000 resource methods. The model
 * holds no reference to the resource classes, so none of them is counted. The last column adds
 * the weak cache of parsed templates that {@code PathTemplate.parse} keeps outside the table
 * (when that cache exists).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.restallow.RouteTableFootprint [methods...]</pre>
 */
public final class RouteTableFootprint {

    private RouteTableFootprint() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10, 1000, 10000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%10s %10s %14s %12s %24s%n", "methods", "objects", "bytes", "MiB",
                "bytes with parse cache");
        for (int methods : sizes) {
            GeneratedApplication application = GeneratedApplication.generate(methods);
            RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(application.rootClasses()));
            application.samplePaths(64, table);
            GraphLayout layout = GraphLayout.parseInstance(table);
            Object cache = parseCache();
            if (cache instanceof java.util.Map<?, ?> entries) {
                System.gc(); // templates of the tables measured before are gone: let their entries go too
                entries.size();
            }
            long withCache = cache == null ? layout.totalSize() : GraphLayout.parseInstance(table, cache).totalSize();
            System.out.printf(Locale.ROOT, "%10d %10d %14d %12.2f %24d%n", methods, layout.totalCount(), layout.totalSize(),
                    layout.totalSize() / (1024.0 * 1024.0), withCache);
            if (args.length == 1 && System.getProperty("footprint.classes") != null) {
                System.out.println(layout.toFootprint());
            }
        }
    }

    private static Object parseCache() {
        try {
            java.lang.reflect.Field field = PathTemplate.class.getDeclaredField("PARSED");
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
