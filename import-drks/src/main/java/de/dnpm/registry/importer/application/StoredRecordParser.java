package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.importer.ictrp.IctrpXmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a source document the portal has stored (a {@code RawRecord}'s content) back into its {@link TrialRecord}:
 * what linking needs to merge several registries' entries of one trial without keeping every record's mapping. The
 * stored forms are those the readers produce: a JSON object, an XML document, a CSV row with its header line, or one
 * ICTRP {@code <Trial>} element (read inside the export's root element again).
 */
public final class StoredRecordParser {

    private final SourceFileReader reader = new SourceFileReader();

    /** The record in {@code content}, or empty if it cannot be read (a stored record was read once, so: rarely). */
    public Optional<TrialRecord> parse(SourceFormat format, String content) {
        String document = format == SourceFormat.ICTRP_XML && !content.contains("<" + IctrpXmlReader.ROOT)
                ? "<" + IctrpXmlReader.ROOT + ">" + content + "</" + IctrpXmlReader.ROOT + ">"
                : content;
        List<TrialRecord> records = new ArrayList<>(1);
        try {
            reader.read("stored " + format, new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                    new RecordSink() {
                        @Override
                        public void accept(ParsedRecord record) {
                            records.add(record.trial());
                        }

                        @Override
                        public void reject(ImportProblem problem) {
                            // the caller sees an empty result
                        }

                        @Override
                        public void warn(ImportProblem problem) {
                            // warnings were reported when the record was imported
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
        return records.size() == 1 ? Optional.of(records.getFirst()) : Optional.empty();
    }
}
