package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV export read back with commons-csv, as Excel would open it: BOM, ';', quoted line breaks, no formulas. */
class CsvStudyWriterTest {

    @Test
    void startsWithByteOrderMarkAndReadsBackWithAwkwardTitlesIntact() throws IOException {
        ExportedStudy real = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst();
        String awkward = "Studie \"A\"; Teil 1\nzweite Zeile, mit Komma – Ärzte";
        ExportedStudy study = new ExportedStudy(withTitle(real.detail(), awkward), real.pageUrl(),
                real.portalUpdatedAt());

        byte[] bytes = write(Locale.GERMAN, ExportColumn.parse("id,title,status,conditions,url"), study);

        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<CSVRecord> rows = read(bytes);
        assertEquals(List.of("Register-ID", "Titel", "Status", "Erkrankungen", "Studienseite"), rows.get(0).toList());
        CSVRecord row = rows.get(1);
        assertEquals("DRKS00038775", row.get(0));
        assertEquals(awkward, row.get(1));
        assertEquals(real.detail().status() == null ? "" : ExportTexts.of(Locale.GERMAN).labels()
                .code("status", real.detail().status()), row.get(2));
        assertEquals(String.join(" | ", real.detail().conditions()), row.get(3));
        assertEquals(real.pageUrl(), row.get(4));
        assertEquals(2, rows.size());
    }

    @Test
    void defaultColumnsHaveEnglishHeadingsForEveryRealStudy() throws IOException {
        List<ExportedStudy> studies = RealStudies.fromSample("ctgov-xml-germany.zip", 30);

        List<CSVRecord> rows = read(write(Locale.ENGLISH, ExportColumn.DEFAULT,
                studies.toArray(ExportedStudy[]::new)));

        assertEquals("Registry ID", rows.get(0).get(0));
        assertEquals(ExportColumn.DEFAULT.size(), rows.get(0).size());
        assertEquals(studies.size() + 1, rows.size());
        for (int i = 0; i < studies.size(); i++) {
            assertEquals(studies.get(i).detail().id(), rows.get(i + 1).get(0));
            assertEquals(ExportColumn.DEFAULT.size(), rows.get(i + 1).size());
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        ExportedStudy real = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst();
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)")) {
            ExportedStudy study = new ExportedStudy(withTitle(real.detail(), formula), real.pageUrl(),
                    real.portalUpdatedAt());

            List<CSVRecord> rows = read(write(Locale.ENGLISH, List.of(ExportColumn.TITLE), study));

            assertEquals("'" + formula, rows.get(1).get(0));
        }
        assertEquals("Ärzte", SpreadsheetCell.defused("Ärzte"));
    }

    @Test
    void columnsAreValidated() {
        assertEquals(List.of(ExportColumn.ID, ExportColumn.PHASE), ExportColumn.parse(" id , PHASE "));
        assertEquals(ExportColumn.DEFAULT, ExportColumn.parse(""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExportColumn.parse("id,password"))
                .getMessage().contains("unknown column \"password\""));
        assertThrows(IllegalArgumentException.class, () -> ExportColumn.parse("id,id"));
    }

    @Test
    void everyColumnHasHeadingsInBothLanguages() {
        for (ExportColumn column : ExportColumn.values()) {
            String english = ExportTexts.of(Locale.ENGLISH).text(column.headingKey());
            String german = ExportTexts.of(Locale.GERMAN).text(column.headingKey());
            assertTrue(!english.isBlank() && !german.isBlank(), column.name());
        }
    }

    static byte[] write(Locale locale, List<ExportColumn> columns, ExportedStudy... studies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportTexts texts = ExportTexts.of(locale);
        CsvStudyWriter writer = new CsvStudyWriter(out, columns, texts.bundle(), texts.labels());
        writer.begin(new ExportSummary(studies.length, StudyExports.LIMIT));
        for (ExportedStudy study : studies) {
            writer.write(study);
        }
        writer.end();
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CsvStudyWriter.FORMAT)) {
            return parser.getRecords();
        }
    }

    static StudyDetail withTitle(StudyDetail d, String title) {
        return new StudyDetail(d.id(), d.identifiers(), title, d.officialTitle(), d.acronym(), d.status(),
                d.sourceStatus(), d.studyType(), d.phases(), d.texts(), d.countries(), d.briefSummary(),
                d.detailedDescription(), d.conditions(), d.conditionCodes(), d.keywords(), d.interventions(), d.dates(),
                d.enrollment(), d.enrollmentType(), d.leadSponsor(), d.collaborators(), d.eligibility(),
                d.centralContacts(), d.outcomes(), d.sites(), d.hasResults(), d.lastUpdate(), d.sourceVersionDate(),
                d.sourceUrl(), d.sourcesUrl(), d.entries(), d.fieldSources());
    }
}
