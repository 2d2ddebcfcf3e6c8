package dev.restallow.tck.arquillian;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TckReportComparisonTest {

    @TempDir
    Path reports;

    @Test
    void sameFailuresWithAndWithoutPass() throws Exception {
        Path without = write("without", "a", "<error/>", "b", "", "c", "<skipped/>");
        Path with = write("with", "a", "<error/>", "b", "", "c", "<skipped/>");

        assertDoesNotThrow(() -> TckReportComparison.main(new String[] {without.toString(), with.toString()}));
    }

    @Test
    void fewerFailuresWithRestAllowPass() throws Exception {
        Path without = write("without", "a", "<failure/>", "b", "<error/>");
        Path with = write("with", "a", "", "b", "<error/>");

        assertDoesNotThrow(() -> TckReportComparison.main(new String[] {without.toString(), with.toString()}));
    }

    @Test
    void aTestFailingOnlyWithRestAllowFails() throws Exception {
        Path without = write("without", "a", "", "b", "<error/>");
        Path with = write("with", "a", "<failure message=\"x\"/>", "b", "<error/>");
        Path summary = reports.resolve("out/comparison.txt");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TckReportComparison.main(new String[] {without.toString(), with.toString(), summary.toString()}));
        assertTrue(e.getMessage().contains("ee.X#a"), e.getMessage());
        assertTrue(Files.readString(summary).contains("subset of failing without: NO"));
    }

    @Test
    void aTestMissingWithRestAllowFails() throws Exception {
        Path without = write("without", "a", "", "b", "");
        Path with = write("with", "a", "");

        assertThrows(IllegalStateException.class,
                () -> TckReportComparison.main(new String[] {without.toString(), with.toString()}));
    }

    @Test
    void countsLikeFailsafe() throws Exception {
        TckReportComparison.Run run = TckReportComparison.read("run",
                write("run", "a", "<failure/>", "b", "<error/>", "c", "<skipped/>", "d", ""));

        assertEquals("tests=4 failures=1 errors=1 skipped=1", run.counts());
    }

    /** One report, class ee.X, with test cases given as name, inner XML, name, inner XML, ... */
    private Path write(String directory, String... cases) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><testsuite name=\"ee.X\">");
        for (int i = 0; i < cases.length; i += 2) {
            xml.append("<testcase classname=\"ee.X\" name=\"").append(cases[i]).append("\">").append(cases[i + 1])
                    .append("</testcase>");
        }
        xml.append("</testsuite>");
        Path dir = Files.createDirectories(reports.resolve(directory));
        Files.writeString(dir.resolve("TEST-ee.X.xml"), xml);
        return dir;
    }
}
