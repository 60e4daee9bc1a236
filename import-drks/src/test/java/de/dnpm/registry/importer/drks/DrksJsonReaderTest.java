package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.importer.domain.TrialText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrksJsonReaderTest {

    private static final Path TRIAL = SharedData.path("drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json");

    private static RecordCollector read(String name, byte[] content) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read(name, new ByteArrayInputStream(content), sink);
        return sink;
    }

    private static JsonObject trial() throws IOException {
        try (InputStream in = Files.newInputStream(TRIAL); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    @Test
    void keepsGermanAndEnglishTitlesAndTexts() throws IOException {
        RecordCollector sink = read("DRKS_trial-DRKS00038775.json", Files.readAllBytes(TRIAL));
        assertEquals(List.of(), sink.problems);
        TrialRecord t = sink.trial("DRKS00038775");
        assertEquals(List.of(RegistryId.primary(IdScheme.DRKS, "DRKS00038775")), t.ids());
        assertEquals(List.of("de", "en"), t.texts().stream().map(TrialText::language).toList());
        TrialText de = t.texts().get(0);
        TrialText en = t.texts().get(1);
        assertEquals("Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen Erkrankungen",
                de.briefTitle());
        assertEquals("Retrospective characterization of patients with rare osteological diseases", en.briefTitle());
        assertEquals(en.briefTitle(), t.briefTitle()); // the top-level text is the English one
        assertEquals("Ausschlusskriterien umfassen keine sichere Diagnose bzw. Minderjährigkeit.",
                de.exclusionCriteria());
        assertEquals("Exclusion criteria include an uncertain diagnosis or minor age.", en.exclusionCriteria());
        assertEquals(List.of("pregnancy- and lactation-associated osteoporosis, methotrexate-induced osteopathy, "
                + "osteoporosis in mastocytosis", "ORPHA:647823 Pregnancy and lactation-associated osteoporosis"),
                en.conditions());
        assertEquals(List.of(), t.conditionCodes()); // both conditions are FREETEXT: no code is invented
        assertEquals(1, de.arms().size());
        assertTrue(de.arms().getFirst().startsWith("Pat. aus zwei DVO Osteologie Schwerpunktzentren"));
        assertTrue(en.secondaryOutcome().startsWith("Data collected include:"));
        assertTrue(t.eligibility().criteria().startsWith("Inclusion Criteria:\nAll adult patients"));
        assertTrue(t.eligibility().criteria().endsWith("Exclusion Criteria:\nExclusion criteria include an uncertain "
                + "diagnosis or minor age."));
        RawRecordCheck.lossless(sink.record("DRKS00038775").raw().content(), trial());
    }

    @Test
    void mapsStatusAgesSexCountriesAndInstitutes() throws IOException {
        TrialRecord t = read("trial.json", Files.readAllBytes(TRIAL)).trial("DRKS00038775");
        assertEquals("RECRUITING", t.overallStatus());
        assertEquals("RECRUITING", t.sourceStatus());
        assertEquals("OBSERVATIONAL", t.studyType()); // NON_INTERVENTIONAL
        assertEquals(List.of(), t.phases()); // phase null
        assertEquals(new Age("18 Years", 6574), t.eligibility().minimumAge());
        assertNull(t.eligibility().maximumAge()); // NO_MAX_AGE
        assertEquals("ALL", t.eligibility().sex());
        assertEquals(Boolean.FALSE, t.eligibility().healthyVolunteers());
        assertEquals(List.of("DE"), t.countries());
        assertEquals(List.of(
                new Site("Immanuelkrankenhaus Berlin Wannsee", "Berlin", null, null, "DE", null, null, null, List.of()),
                new Site(null, "Berlin", null, null, "DE", null, null, null, List.of())), t.sites());
        assertEquals("2025-11-01", t.startDate()); // actualStartDate
        assertEquals("2026-12-31", t.completionDate()); // scheduledCompletionDate
        assertEquals("2025-12-17", t.firstPosted());
        assertEquals("2025-12-17", t.lastUpdate());
        assertNull(t.enrollment());
        assertEquals("Endokrinologikum Berlin", t.leadSponsor());
        assertEquals("PD Dr. Paula Hoff", t.centralContacts().getFirst().name());
        assertEquals("PRINCIPAL_COORDINATING_INVESTIGATOR", t.centralContacts().getFirst().role());
        assertEquals(List.of(), t.warnings());
        ParsedRecordCheck.raw(read("trial.json", Files.readAllBytes(TRIAL)).record("DRKS00038775").raw(),
                SourceFormat.DRKS_JSON, "DRKS00038775", "2025-12-17");
    }

    @Test
    void readsAnArrayOfTrialsOneByOne() throws IOException {
        JsonObject second = Json.createObjectBuilder(trial()).add("drksId", "DRKS00000001").build();
        String array = Json.createArrayBuilder().add(trial()).add(second).build().toString();
        RecordCollector sink = read("DRKS_search.json", array.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("DRKS00038775", "DRKS00000001"), sink.nctIds());
    }

    @Test
    void reportsSchemaViolationsWithTheDrksIdAndStillImportsTheTrial() throws IOException {
        JsonObject recruitment = Json.createObjectBuilder(trial().getJsonObject("recruitment"))
                .add("status", "RECRUITMENT_OPEN").build();
        JsonObject bad = Json.createObjectBuilder(trial()).add("recruitment", recruitment)
                .add("studyNickname", "osteo").build();
        RecordCollector sink = read("bad.json", bad.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), sink.problems, "a schema violation is a warning, not a failed record");
        // the status is an anyOf (null or the enum): the validator reports both branches
        assertEquals(3, sink.warnings.size(), sink.warnings.toString());
        for (ImportProblem p : sink.warnings) {
            assertEquals("DRKS00038775", p.recordId());
            assertTrue(p.reason().startsWith("DRKS schema 2.0.19: "), p.reason());
        }
        assertTrue(sink.warnings.stream().anyMatch(p -> p.position().equals("trial #1 /recruitment/status")),
                sink.warnings.toString());
        assertTrue(sink.warnings.stream().anyMatch(p -> p.reason().contains("studyNickname")), sink.warnings.toString());
        TrialRecord t = sink.trial("DRKS00038775");
        assertNull(t.overallStatus()); // an off-list status is not mapped
        assertEquals("RECRUITMENT_OPEN", t.sourceStatus());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().getFirst().startsWith("3 violation(s) of the DRKS schema 2.0.19"));
    }

    @Test
    void refusesATrialWithoutDrksIdOrTitle() throws IOException {
        JsonObject noId = Json.createObjectBuilder(trial()).remove("drksId").build();
        JsonObject noTitle = Json.createObjectBuilder(trial()).add("trialDescriptions", Json.createArrayBuilder())
                .build();
        String array = Json.createArrayBuilder().add(noId).add(noTitle).build().toString();
        RecordCollector sink = new RecordCollector();
        // read directly: without drksId the content sniffer would not know the first trial as DRKS
        new DrksJsonReader().read("two.json", new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(List.of(), sink.records);
        assertTrue(sink.problems.contains(new ImportProblem("two.json", "trial #1 at line 1", null, "no drksId")),
                sink.problems.toString());
        assertTrue(sink.problems.contains(new ImportProblem("two.json", "trial #2 at line 1", "DRKS00038775",
                "no title in trialDescriptions")), sink.problems.toString());
    }

    @Test
    void reportsAnEmptyFileAndBrokenJson() throws IOException {
        RecordCollector empty = new RecordCollector();
        new DrksJsonReader().read("empty.json", new ByteArrayInputStream(new byte[0]), empty);
        assertEquals("empty file: no JSON value", empty.problems.getFirst().reason());
        RecordCollector broken = read("broken.json", "{\"drksId\": \"DRKS00038775\", ".getBytes());
        assertEquals(List.of(), broken.records);
        assertTrue(broken.problems.getFirst().reason().startsWith("invalid JSON"), broken.problems.toString());
    }
}
