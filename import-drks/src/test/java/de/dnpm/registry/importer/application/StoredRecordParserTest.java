package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.TrialRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every stored form the readers produce reads back into the same record (what linking re-reads). */
class StoredRecordParserTest {

    private final StoredRecordParser parser = new StoredRecordParser();

    @Test
    void everyFormatsStoredContentReadsBackIntoTheSameRecord() throws IOException {
        List<String> sources = List.of(
                "drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json",
                "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json",
                "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT00496392.xml");
        int checked = 0;
        for (String source : sources) {
            RecordCollector sink = new RecordCollector();
            new SourceFileReader().read(SharedData.path(source), sink);
            for (ParsedRecord record : sink.records) {
                TrialRecord again = parser.parse(record.raw().format(), record.raw().content()).orElseThrow();
                assertEquals(record.trial(), again, record.raw().sourceId());
                checked++;
            }
        }
        assertTrue(checked > 10, "records checked: " + checked);
    }

    @Test
    void ictrpTrialsAndCsvRowsAreStoredOneByOneAndReadBack() throws IOException {
        for (String folder : List.of("drks/drks-legacy-csv", "drks/ictrp-xml")) {
            RecordCollector sink = new RecordCollector();
            new SourceFileReader().readFolder(SharedData.path(folder), sink);
            assertTrue(sink.records.size() > 100, folder);
            for (ParsedRecord record : sink.records) {
                TrialRecord again = parser.parse(record.raw().format(), record.raw().content()).orElseThrow(
                        () -> new AssertionError(record.raw().sourceId() + " does not read back"));
                assertEquals(record.trial().primaryId(), again.primaryId());
                assertEquals(record.trial().briefTitle(), again.briefTitle());
            }
        }
    }

    @Test
    void unreadableContentIsEmptyNotAnError() {
        assertTrue(parser.parse(de.dnpm.registry.importer.domain.SourceFormat.CTGOV_JSON, "{\"nothing\":1}").isEmpty());
    }
}
