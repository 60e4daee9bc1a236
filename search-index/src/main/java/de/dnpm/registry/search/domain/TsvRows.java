package de.dnpm.registry.search.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed vocabulary tables kept as data (concepts, lay terms, biomarkers): tab-separated rows after '#' comment
 * lines and one header line, each with at least the columns its reader needs.
 */
public final class TsvRows {

    private TsvRows() {
    }

    /** The rows of {@code source} (closed when read); {@code name} says which table a bad row is in. */
    public static List<String[]> read(Reader source, String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source, 1 << 16)) {
            boolean header = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalArgumentException(name + ": expected " + columns + " columns: " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
