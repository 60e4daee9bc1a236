package de.dnpm.registry.importer.drks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the old drks_web CSV export by column name (FORMATS.md §2): {@code [---]*} and "" are empty, {@code <br/>}
 * is a line break. A duplicated name ({@code url}: the trial's own URL first, DRKS's page for it at the end) is read
 * at its first column.
 */
final class DrksCsvRow {

    static final String EMPTY = "[---]*";

    private final Map<String, Integer> firstColumn;
    private final List<String> values;

    private DrksCsvRow(Map<String, Integer> firstColumn, List<String> values) {
        this.firstColumn = firstColumn;
        this.values = values;
    }

    /** The reader for rows under {@code header}. */
    static java.util.function.Function<List<String>, DrksCsvRow> under(List<String> header) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            first.putIfAbsent(header.get(i), i);
        }
        return values -> new DrksCsvRow(first, values);
    }

    /** The value with {@code <br/>} as line breaks, stripped; null if empty. */
    String text(String column) {
        Integer i = firstColumn.get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        String v = values.get(i);
        if (v == null || v.isBlank() || v.strip().equals(EMPTY)) {
            return null;
        }
        return v.replace("<br/>", "\n").replace("<br />", "\n").replace("<br>", "\n").strip();
    }

    /** The value on one line (line breaks as ", "), for names. */
    String line(String column) {
        String t = text(column);
        return t == null ? null : String.join(", ", t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** The value of the repeated column {@code prefix + index} ("secId.type" + 0). */
    String text(String prefix, int index) {
        return text(prefix + index);
    }

    /** How many slots a repeated column group has ("secId.type" → 5). */
    int slots(String prefix) {
        int n = 0;
        while (firstColumn.containsKey(prefix + n)) {
            n++;
        }
        return n;
    }

    /** "2009/09/29" → "2009-09-29"; "2015-01-12T16:14:16.542+01:00" → "2015-01-12"; null if empty or unreadable. */
    String date(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        if (t.matches("\\d{4}/\\d{2}/\\d{2}")) {
            return t.replace('/', '-');
        }
        return t.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?") ? t.substring(0, 10) : null;
    }
}
