package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.ContentHash;
import de.dnpm.registry.importer.application.CsvRows;
import de.dnpm.registry.importer.application.CsvText;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.Mojibake;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.ctgov.MalformedRecordException;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Streams the old drks_web search export: {@code ;}-separated UTF-8 with a header line starting {@code drksId;}
 * (FORMATS.md §2). Each row is one trial; its raw content is the header line and the row as CSV text
 * ({@link CsvText}), so the stored record parses on its own.
 */
public final class DrksCsvReader {

    public static final String FIRST_COLUMN = "drksId";
    private static final CSVFormat FORMAT = CsvRows.format(';');
    private static final System.Logger LOG = System.getLogger(DrksCsvReader.class.getName());

    private final DrksCsvMapper mapper = new DrksCsvMapper();

    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        // the column index is built once, from the header the first row comes with
        AtomicReference<Function<List<String>, DrksCsvRow>> rows = new AtomicReference<>();
        CsvRows.read(source, in, FORMAT, FIRST_COLUMN, sink, (header, values, position) -> {
            rows.compareAndSet(null, DrksCsvRow.under(header));
            row(source, position, header, values, rows.get().apply(values), sink);
        });
    }

    private void row(String source, String position, List<String> header, List<String> values, DrksCsvRow row,
                     RecordSink sink) {
        String drksId = row.text("drksId");
        if (values.size() != header.size()) {
            sink.reject(new ImportProblem(source, position, drksId, values.size() + " columns, the header has "
                    + header.size()));
            return;
        }
        TrialRecord trial;
        try {
            trial = mapper.map(row, Mojibake.warnings(named(header, values)));
        } catch (MalformedRecordException e) {
            sink.reject(new ImportProblem(source, position, e.recordId(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, source + " " + position + " " + drksId + ": mapping failed", e);
            sink.reject(new ImportProblem(source, position, drksId, "could not be mapped: " + e));
            return;
        }
        String content = CsvText.of(FORMAT, header, values);
        // the export carries no download date: the row is the record, so its text is hashed as it is
        RawRecord raw = new RawRecord(SourceFormat.DRKS_CSV, trial.primaryId().value(), row.text("last-update"),
                content, ContentHash.sha256Hex(content));
        sink.accept(new ParsedRecord(raw, trial));
    }

    /** The values by header name for warnings (a repeated name, the second url, keeps its first value). */
    private static Map<String, String> named(List<String> header, List<String> values) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
            named.putIfAbsent(header.get(i), values.get(i));
        }
        return named;
    }
}
