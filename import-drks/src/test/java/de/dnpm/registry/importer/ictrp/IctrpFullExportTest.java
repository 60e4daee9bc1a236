package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.application.StoredRecordParser;
import de.dnpm.registry.importer.domain.RegistryIdNormalForm;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WHO ICTRP's full and weekly CSV exports come without a header line (FORMATS.md §5); no such file is in the shared
 * data, so the real rows of the COVID-19 list are laid out here as the full export lays them out (their values under
 * the published column names, the columns the list lacks left empty): the same trials must come out as from the list.
 */
class IctrpFullExportTest {

    private static final String LIST = "drks/ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-1135-trials.csv";
    private static RecordCollector fromList;

    @BeforeAll
    static void readTheList() throws IOException {
        fromList = IctrpXmlReaderTest.read(LIST);
    }

    @Test
    void rowsWithoutAHeaderAreReadUnderThePublishedColumnsOfEachLayout() throws IOException {
        for (int columns : List.of(62, 59, 58)) {
            RecordCollector read = read(asFullExport(columns));

            assertEquals(List.of(), read.problems, columns + " columns");
            assertEquals(fromList.records.size(), read.records.size(), columns + " columns");
            for (String id : List.of("DRKS00021134", "NCT04246242", "ChiCTR2000029953", "EUCTR2015-002340-14-NL",
                    "ACTRN12620000421932", "IRCT20100228003449N27")) {
                TrialRecord expected = fromList.trial(RegistryIdNormalForm.normalise(id));
                TrialRecord actual = read.trial(RegistryIdNormalForm.normalise(id));
                assertEquals(expected.ids(), actual.ids(), id);
                assertEquals(expected.briefTitle(), actual.briefTitle(), id);
                assertEquals(expected.overallStatus(), actual.overallStatus(), id);
                assertEquals(expected.conditions(), actual.conditions(), id);
                assertEquals(expected.countries(), actual.countries(), id);
                if (columns == 62) {
                    assertEquals(expected.eligibility().minimumAge(), actual.eligibility().minimumAge(), id);
                }
            }
        }
    }

    @Test
    void aStoredHeaderlessRowIsKeptWithItsColumnNamesAndReadsBack() throws IOException {
        ParsedRecord record = read(asFullExport(62)).record("DRKS00021134");

        assertEquals(SourceFormat.ICTRP_CSV, record.raw().format());
        assertTrue(record.raw().content().startsWith("TrialID,SecondaryIDs,public_title"), record.raw().content());
        TrialRecord again = new StoredRecordParser().parse(SourceFormat.ICTRP_CSV, record.raw().content())
                .orElseThrow();
        assertEquals(record.trial().briefTitle(), again.briefTitle());
    }

    @Test
    void aRowOfAnUnpublishedWidthIsAProblemAndTheOthersAreRead() throws IOException {
        String export = asFullExport(62);
        String firstRow = export.substring(0, export.indexOf("\r\n"));
        String broken = firstRow.substring(0, firstRow.lastIndexOf(',')) + "\r\n"; // 61 columns
        RecordCollector read = read(broken + export.substring(export.indexOf("\r\n") + 2));

        assertEquals(1, read.problems.size(), read.problems::toString);
        ImportProblem problem = read.problems.getFirst();
        assertTrue(problem.reason().contains("61 columns"), problem.reason());
        assertEquals(fromList.records.size() - 1, read.records.size());
    }

    /* the list's rows under the full export's columns (matched by IctrpFields' names), without a header line */
    private static String asFullExport(int columns) throws IOException {
        List<String> names = IctrpFullExportColumns.forCount(columns).orElseThrow();
        StringWriter out = new StringWriter();
        try (Reader in = Files.newBufferedReader(SharedData.path(LIST), StandardCharsets.UTF_8);
             CSVParser list = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get()).get();
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            Map<String, Integer> listColumns = new java.util.HashMap<>();
            list.getHeaderMap().forEach((name, index) -> listColumns.put(IctrpFields.key(name.replace("\uFEFF", "")),
                    index));
            for (CSVRecord row : list) {
                List<String> values = new ArrayList<>();
                for (String name : names) {
                    Integer index = listColumns.get(IctrpFields.key(name));
                    values.add(index == null ? "" : row.get(index));
                }
                printer.printRecord(values);
            }
        }
        return out.toString();
    }

    private static RecordCollector read(String csv) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read("ICTRPFullExport.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                sink);
        return sink;
    }
}
