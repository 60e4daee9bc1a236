package de.dnpm.registry.rest.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RIS read back by its line grammar, and the JSON export read back with JSON-P. */
class RisAndJsonWritersTest {

    /* RIS: a two-character tag, two spaces, a hyphen, a space, the value (empty only for ER) */
    private static final Pattern RIS_LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

    @Test
    void risRecordsFollowTheLineGrammarAndCarryTheStudy() throws IOException {
        List<ExportedStudy> studies = new ArrayList<>(RealStudies.fromSample(
                "ctgov-v2-json/dgg32-clinical-trials-public__ctg-studies.json", 5));
        ExportedStudy first = studies.getFirst();
        studies.set(0, new ExportedStudy(CsvStudyWriterTest.withTitle(first.detail(), "Line one\r\nline two"),
                first.pageUrl(), first.portalUpdatedAt()));

        String text = writeRis(studies);

        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : text.split("\r\n")) {
            Matcher m = RIS_LINE.matcher(line);
            assertTrue(m.matches(), "not a RIS line: " + line);
            if (m.group(1).equals("TY")) {
                current = new ArrayList<>();
                records.add(current);
            }
            current.add(new String[]{m.group(1), m.group(2)});
        }
        assertEquals(studies.size(), records.size());
        for (int i = 0; i < studies.size(); i++) {
            List<String[]> record = records.get(i);
            assertEquals("DBASE", record.getFirst()[1]);
            assertEquals("ER", record.getLast()[0]);
            assertEquals(studies.get(i).detail().id(), value(record, "AN"));
            assertEquals("ClinicalTrials.gov", value(record, "DB"));
            assertEquals(studies.get(i).detail().conditions().size(),
                    record.stream().filter(f -> f[0].equals("KW")).count());
            String page = studies.get(i).pageUrl();
            assertTrue(record.stream().anyMatch(f -> f[0].equals("UR") && f[1].equals(page)));
            String date = value(record, "DA");
            assertTrue(date == null || date.matches("\\d{4}/\\d{2}?/\\d{2}?/"), date);
        }
        assertEquals("Line one line two", value(records.getFirst(), "TI"));
    }

    @Test
    void risNamesTheRegistryOfTheStudysOwnId() {
        ExportedStudy drks = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst();
        assertEquals("Deutsches Register Klinischer Studien (DRKS)", RisStudyWriter.registryName(drks.detail()));
    }

    @Test
    void jsonExportHoldsTheStudiesInTheirApiShapeAndSaysWhenItWasCut() throws IOException {
        List<ExportedStudy> studies = RealStudies.fromSample("ctgov-xml-germany.zip", 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonStudyWriter writer = new JsonStudyWriter(out);
        writer.begin(new ExportSummary(1500, StudyExports.LIMIT));
        for (ExportedStudy study : studies) {
            writer.write(study);
        }
        writer.end();

        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(out.toByteArray()))) {
            JsonObject export = reader.readObject();
            assertEquals(1500, export.getInt("total"));
            assertEquals(StudyExports.LIMIT, export.getInt("limit"));
            assertTrue(export.getBoolean("truncated"));
            assertEquals(3, export.getInt("exported"));
            JsonArray exported = export.getJsonArray("studies");
            assertEquals(studies.getFirst().detail().id(), exported.getJsonObject(0).getString("id"));
            assertEquals(studies.get(2).detail().title(), exported.getJsonObject(2).getString("title"));
        }
        assertFalse(new ExportSummary(1000, StudyExports.LIMIT).truncated());
    }

    private static String writeRis(List<ExportedStudy> studies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StudyWriter writer = new RisStudyWriter(out);
        writer.begin(new ExportSummary(studies.size(), StudyExports.LIMIT));
        for (ExportedStudy study : studies) {
            writer.write(study);
        }
        writer.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String value(List<String[]> record, String tag) {
        return record.stream().filter(f -> f[0].equals(tag)).map(f -> f[1]).findFirst().orElse(null);
    }
}
