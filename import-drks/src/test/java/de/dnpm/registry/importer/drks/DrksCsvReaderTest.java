package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.importer.domain.TrialText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrksCsvReaderTest {

    private static final String FOLDER = "drks/drks-legacy-csv/quest-bih-IntoValue2/";

    private static RecordCollector read(String file) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read(SharedData.path(FOLDER + file), sink);
        return sink;
    }

    @Test
    void readsEveryRowOfBothExports() throws IOException {
        RecordCollector stopped = read("DRKS_stopped.csv");
        RecordCollector suspended = read("DRKS_suspended.csv");
        assertEquals(List.of(), stopped.problems);
        assertEquals(List.of(), suspended.problems);
        assertEquals(145, stopped.records.size());
        assertEquals(17, suspended.records.size());
        // "Recruiting stopped after recruiting started" is DRKS's DISCONTINIUED, i.e. TERMINATED
        assertTrue(stopped.records.stream().allMatch(r -> "TERMINATED".equals(r.trial().overallStatus())
                && "Recruiting stopped after recruiting started".equals(r.trial().sourceStatus())));
        assertTrue(suspended.records.stream().allMatch(r -> "SUSPENDED".equals(r.trial().overallStatus())));
        assertTrue(stopped.records.stream().allMatch(r -> r.raw().format() == SourceFormat.DRKS_CSV
                && "INTERVENTIONAL".equals(r.trial().studyType())));
        // the export writes the United Kingdom as "UK" (19 rows) and once as "GB": one country, GB, in 20 rows
        assertEquals(20, stopped.records.stream().filter(r -> r.trial().countries().contains("GB")).count());
        assertTrue(stopped.records.stream().noneMatch(r -> r.trial().countries().contains("UK")));
    }

    @Test
    void mapsARowFieldByField() throws IOException {
        TrialRecord t = read("DRKS_suspended.csv").trial("DRKS00000186");
        assertEquals(List.of(RegistryId.primary(IdScheme.DRKS, "DRKS00000186"),
                RegistryId.secondary(IdScheme.UTN, "U1111-1111-8467", null)), t.ids());
        assertEquals("Prospective clinical study of the effect of different attachments on oral structures",
                t.briefTitle());
        assertEquals(List.of(new CodedTerm("ICD-10", "Z46.3", "Fitting and adjustment of dental prosthetic device")),
                t.conditionCodes());
        assertEquals("SUSPENDED", t.overallStatus());
        assertEquals("Recruiting suspended on temporary hold", t.sourceStatus());
        assertEquals(new Age("25 Years", 9131), t.eligibility().minimumAge());
        assertEquals(new Age("75 Years", 27394), t.eligibility().maximumAge());
        assertEquals("ALL", t.eligibility().sex()); // "Both, male and female"
        assertEquals(List.of("DE"), t.countries());
        assertEquals(List.of("NA"), t.phases());
        assertEquals("2009-11-01", t.startDate());
        assertEquals("2009-09-29", t.firstPosted());
        assertEquals("2014-05-14", t.lastUpdate());
        assertEquals(75, t.enrollment());
        assertEquals("Universität Bonn, Poliklinik für Zahnärztliche Prothetik, Stiftungsproffessur für "
                + "Oralmedizinische Technologie", t.leadSponsor());
        assertEquals(new Contact("Dr. Stefan Bayer", "SCIENTIFIC_QUERIES", "022828722016", "sbayer@uni-bonn.de"),
                t.centralContacts().getFirst());
        TrialText en = t.texts().getFirst();
        assertEquals("en", en.language());
        assertEquals(3, en.arms().size());
        assertTrue(en.arms().getFirst().startsWith("Arm 1: Partial fixed and removable dentures"));
        assertTrue(en.exclusionCriteria().startsWith("- persisting craniomandibular dysfunctions\n- massive"));
        assertEquals("2014-05-14T11:37:48Z", read("DRKS_suspended.csv").record("DRKS00000186").raw()
                .versionDate());
    }

    @Test
    void readsNoMaximumAgeAsNoLimit() throws IOException {
        TrialRecord t = read("DRKS_suspended.csv").trial("DRKS00000311");
        assertEquals(new Age("18 Years", 6574), t.eligibility().minimumAge());
        assertNull(t.eligibility().maximumAge()); // "no maximum age"
        assertEquals(new CodedTerm("ICD-10", "J44", "Other chronic obstructive pulmonary disease"),
                t.conditionCodes().getFirst());
        assertEquals("2009-07-31", t.completionDate());
    }

    @Test
    void storesEachRowWithItsHeaderAsCsvThatParsesAgain() throws IOException {
        String content = read("DRKS_suspended.csv").record("DRKS00000311").raw().content();
        assertTrue(content.startsWith("drksId;firstDrksPublishDate;"));
        try (CSVParser parser = CSVParser.parse(new StringReader(content), CSVFormat.DEFAULT.builder()
                .setDelimiter(';').get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(2, rows.size());
            assertEquals(322, rows.get(1).size());
            assertEquals("DRKS00000311", rows.get(1).get(0));
            assertEquals("[---]*", rows.get(1).get(2)); // empty values are kept as the export wrote them
        }
    }

    @Test
    void reportsAnUnknownLayoutAndAnEmptyFile() throws IOException {
        RecordCollector sink = new RecordCollector();
        new DrksCsvReader().read("x.csv", new ByteArrayInputStream("trialId;title\nDRKS00000186;x\n".getBytes()),
                sink);
        assertEquals(List.of(new ImportProblem("x.csv", "line 1", null,
                "unknown CSV layout: the first column is \"trialId\", expected \"drksId\"")), sink.problems);
        RecordCollector empty = new RecordCollector();
        new DrksCsvReader().read("empty.csv", new ByteArrayInputStream(new byte[0]), empty);
        assertEquals(1, empty.problems.size());
        assertEquals(List.of(), empty.records);
    }
}
