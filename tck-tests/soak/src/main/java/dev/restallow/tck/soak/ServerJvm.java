package dev.restallow.tck.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server running in a JVM of its own (Payara Micro, WildFly), inspected with {@code jcmd}: its
 * heap after a full GC, and how many copies of a class it has loaded (one per class loader).
 */
public final class ServerJvm {

    private static final Pattern USED_HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;

    private ServerJvm(long pid) {
        this.pid = pid;
    }

    /** The process below this JVM (a container adapter started it) whose command line contains {@code part}. */
    public static ServerJvm childOfThisJvm(String part) {
        return new ServerJvm(ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(part))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no process below this JVM runs '" + part + "'"))
                .pid());
    }

    /**
     * The heap after a full GC, read with {@code GC.run} and {@code GC.heap_info}, settled after a
     * quiet period of {@code quietPeriod}: Grizzly (Payara) closes the connection after every 501
     * (as Tomcat does) and keeps the records of closed connections until its idle timeout (30 s)
     * sweeps them; 30,000 mixed requests leave ~6 MiB that are gone 30 s later, with or without
     * rest-allow.
     */
    public HeapAfterFullGc heap(Duration quietPeriod) {
        return new HeapAfterFullGc() {
            @Override
            public long usedBytes() throws IOException, InterruptedException {
                jcmd("GC.run");
                String heapInfo = jcmd("GC.heap_info");
                Matcher matcher = USED_HEAP.matcher(heapInfo);
                if (!matcher.find()) {
                    throw new IllegalStateException("jcmd " + pid + " GC.heap_info said:\n" + heapInfo);
                }
                return Long.parseLong(matcher.group(2)) * 1024;
            }

            @Override
            public Duration quietPeriod() {
                return quietPeriod;
            }
        };
    }

    /**
     * After a full GC (which unloads the classes of collectable class loaders): how many class
     * loaders have {@code className} loaded.
     */
    public long loadedCopiesAfterFullGc(String className) throws IOException, InterruptedException {
        jcmd("GC.run");
        String marker = "--" + className + "/";
        return jcmd("VM.class_hierarchy").lines().filter(line -> line.contains(marker)).count();
    }

    /**
     * Like {@link #loadedCopiesAfterFullGc}, but waits until no copy is left, for at most a minute:
     * a server lets go of an undeployed application's class loader only once its own clean-up has
     * run (WildFly 39: seconds to a minute after the undeploy returns).
     */
    public long loadedCopiesOnceCollected(String className) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long copies = loadedCopiesAfterFullGc(className);
        while (copies > 0 && System.nanoTime() < deadline) {
            Thread.sleep(3_000);
            copies = loadedCopiesAfterFullGc(className);
        }
        return copies;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
