package dev.restallow.tck.probe;

import java.util.List;

/** The findings as a plain-text table with aligned columns: path, method, expected, got. */
final class FindingsTable {

    private static final List<String> HEADINGS = List.of("path", "method", "expected", "got");

    private FindingsTable() {
    }

    static String render(String title, List<Finding> findings) {
        int[] widths = HEADINGS.stream().mapToInt(String::length).toArray();
        for (Finding finding : findings) {
            List<String> cells = cells(finding);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder(title).append('\n');
        row(table, HEADINGS, widths);
        table.append(String.join("-+-", List.of("-".repeat(widths[0]), "-".repeat(widths[1]), "-".repeat(widths[2]),
                "-".repeat(widths[3])))).append('\n');
        findings.forEach(finding -> row(table, cells(finding), widths));
        return table.toString();
    }

    private static List<String> cells(Finding finding) {
        return List.of(finding.path(), finding.method(), finding.expected(), finding.got());
    }

    private static void row(StringBuilder table, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            table.append(i == cells.size() - 1 ? cell : cell + " ".repeat(widths[i] - cell.length()) + " | ");
        }
        table.append('\n');
    }
}
