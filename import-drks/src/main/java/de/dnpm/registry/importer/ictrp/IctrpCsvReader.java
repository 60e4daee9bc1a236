package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.CsvRows;
import de.dnpm.registry.importer.application.CsvText;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.SourceFormat;
import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a WHO ICTRP CSV export with a header line whose first column is {@code TrialID}: the COVID-19 list
 * (spaced names, "Inclusion agemin") and the full export (FORMATS.md §5, names as in ictrp-csv-doc) alike, since
 * {@link IctrpFields} reads both. The full export as WHO ships it has no header line; it must be given one.
 */
public final class IctrpCsvReader {

    public static final String FIRST_COLUMN = "TrialID";
    private static final CSVFormat FORMAT = CsvRows.format(',');

    private final IctrpRecords records = new IctrpRecords(SourceFormat.ICTRP_CSV);

    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        CsvRows.read(source, in, FORMAT, FIRST_COLUMN, sink, (header, values, position) -> {
            IctrpFields fields = new IctrpFields();
            for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
                fields.put(header.get(i), values.get(i));
            }
            if (values.size() != header.size()) {
                sink.reject(new ImportProblem(source, position, IctrpMapper.trialId(fields),
                        values.size() + " columns, the header has " + header.size()));
                return;
            }
            records.emit(source, position, fields, CsvText.of(FORMAT, header, values), sink);
        });
    }

}
