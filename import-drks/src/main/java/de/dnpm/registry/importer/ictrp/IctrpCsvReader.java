package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.CsvRows;
import de.dnpm.registry.importer.application.CsvText;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.SourceFormat;
import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Streams a WHO ICTRP CSV export: with a header line whose first column is {@code TrialID} (the COVID-19 list with its
 * spaced names, "Inclusion agemin", or any export given a header), or the full and weekly exports as WHO ships them,
 * without a header, their columns named by the published list ({@link IctrpFullExportColumns}, told by the row's
 * column count). {@link IctrpFields} reads all their names alike. Each stored row carries its header line, so a
 * headerless row is kept under the published names.
 */
public final class IctrpCsvReader {

    public static final String FIRST_COLUMN = "TrialID";
    private static final CSVFormat FORMAT = CsvRows.format(',');
    private static final CSVFormat WITHOUT_HEADER = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setIgnoreEmptyLines(true).get();

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

    /** The full or weekly export without a header line: each row's column count says which published layout it is. */
    public void readWithoutHeader(String source, InputStream in, RecordSink sink) throws IOException {
        CsvRows.readWithoutHeader(source, in, WITHOUT_HEADER, sink, (none, values, position) -> {
            Optional<List<String>> header = IctrpFullExportColumns.forCount(values.size());
            if (header.isEmpty()) {
                sink.reject(new ImportProblem(source, position, values.isEmpty() ? null : values.getFirst().strip(),
                        values.size() + " columns: no published layout of the ICTRP export has that many (62, 59 or"
                                + " 58)"));
                return;
            }
            IctrpFields fields = new IctrpFields();
            for (int i = 0; i < values.size(); i++) {
                fields.put(header.get().get(i), values.get(i));
            }
            records.emit(source, position, fields, CsvText.of(FORMAT, header.get(), values), sink);
        });
    }

}
