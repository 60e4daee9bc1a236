package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.Intervention;
import de.dnpm.registry.importer.domain.Outcome;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CtgovXmlReaderTest {

    private static final String SUBSET = "reesewang25-enrollment_and_studylength-subset/";

    private static ParsedRecordView read(String relative) throws IOException {
        Path file = SharedData.ctgovXml(relative);
        RecordCollector sink = new RecordCollector();
        try (InputStream in = Files.newInputStream(file)) {
            new CtgovXmlReader().read(file.getFileName().toString(), in, sink);
        }
        assertEquals(List.of(), sink.problems);
        assertEquals(1, sink.records.size());
        return new ParsedRecordView(sink.records.getFirst().raw(), sink.records.getFirst().trial(), file);
    }

    private record ParsedRecordView(RawRecord raw, TrialRecord trial, Path file) {
    }

    @Test
    void readsACompletedPhase3StudyWithItsEudraCtNumber() throws IOException {
        TrialRecord t = read(SUBSET + "NCT00496392.xml").trial();
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT00496392"),
                RegistryId.secondary(IdScheme.SPONSOR, "FT-019-IM", "Nycomed"),
                RegistryId.secondary(IdScheme.EUDRACT, "2006-002087-26", null)), t.ids());
        assertEquals("COMPLETED", t.overallStatus());
        assertEquals(List.of("PHASE3"), t.phases());
        assertEquals("INTERVENTIONAL", t.studyType());
        assertEquals("2007-01", t.startDate());
        assertEquals("2008-08", t.primaryCompletionDate());
        assertEquals("2009-10", t.completionDate());
        assertEquals("2007-07-04", t.firstPosted());
        assertEquals("2012-05-07", t.lastUpdate());
        assertEquals(115, t.enrollment());
        assertEquals("ESTIMATED", t.enrollmentType()); // legacy "Anticipated"
        assertEquals("Nycomed", t.leadSponsor());
        assertEquals(List.of("Pain"), t.conditions());
        assertEquals(List.of(new CodedTerm("MeSH", null, "Breakthrough Pain")), t.conditionCodes());
        assertEquals(List.of("breakthrough pain in patients with cancer"), t.keywords());
        assertEquals(List.of(new Intervention("DRUG", "Nasal fentanyl",
                "Breakthrough pain in patients with breast or prostate cancer", List.of("Instanyl"))), t.interventions());
        assertEquals(List.of(new CodedTerm("MeSH", null, "Fentanyl")), t.interventionCodes());
        assertEquals(new Outcome(Outcome.Kind.PRIMARY,
                "Primary endpoint: Time to onset of meaningful pain relief recorded by stopwatch", null, "26 weeks"),
                t.outcomes().getFirst());
        assertEquals(2, t.outcomes().size());
        assertEquals(List.of(new Site("Nycomed", "Roskilde", null, "4000", "DK", null, null, null, List.of())),
                t.sites());
        assertEquals(new Age("18 Years", 6574), t.eligibility().minimumAge());
        assertNull(t.eligibility().maximumAge()); // "N/A"
        assertEquals("ALL", t.eligibility().sex());
        assertEquals(Boolean.FALSE, t.eligibility().healthyVolunteers());
        assertFalse(t.hasResults());
    }

    @Test
    void readsEveryOtherNameOfAnInterventionAndTheInterventionMeshTerms() throws IOException {
        TrialRecord t = read(SUBSET + "NCT0000xxxx/NCT00001596.xml").trial();
        assertEquals(List.of("Deskar", "Esbriet"), t.interventions().getFirst().otherNames());
        assertEquals(List.of(new CodedTerm("MeSH", null, "Pirfenidone")), t.interventionCodes());

        TrialRecord bms = read("hantswilliams-clinicaltrials_trec_2022-sample/NCT05389722.xml").trial();
        assertEquals(List.of("BMS-986348"), bms.interventions().getFirst().otherNames());
        assertEquals("CC-92480", bms.interventions().getFirst().name());
        assertEquals(List.of(), bms.interventions().get(1).otherNames(), "rifampin has no other_name");
        assertEquals(List.of("Itraconazole", "Rifampin", "Digoxin", "Rosuvastatin Calcium"),
                bms.interventionCodes().stream().map(CodedTerm::term).toList());
    }

    @Test
    void keepsTheCriteriaLinesButNotTheExportIndentation() throws IOException {
        String criteria = read(SUBSET + "NCT00496392.xml").trial().eligibility().criteria();
        assertTrue(criteria.startsWith("Inclusion Criteria:\n\n  -  Adult in- or out patient with cancer and "
                + "breakthrough pain; using a stable, chronic\n     opioid treatment for background pain.\n"), criteria);
        assertTrue(criteria.endsWith("  -  Previous use of Actiq is accepted."), criteria);
        assertFalse(criteria.contains("\r"));
        String summary = read(SUBSET + "NCT00496392.xml").trial().briefSummary();
        assertTrue(summary.startsWith("Primary:\n\n• To compare the efficacy"), summary);
    }

    @Test
    void rawContentIsTheFileTextVerbatim() throws IOException {
        // a file of the TREC sample with CRLF line ends: the raw record keeps them
        ParsedRecordView v = read("hantswilliams-clinicaltrials_trec_2022-sample/NCT00056407.xml");
        String fileText = Files.readString(v.file(), StandardCharsets.UTF_8);
        assertTrue(fileText.contains("\r\n"));
        assertEquals(fileText, v.raw().content());
        // the content keeps the download date; only its hash leaves it out (CtgovContentHashTest)
        assertTrue(v.raw().content().contains("<download_date>ClinicalTrials.gov processed this data on May 09, 2023"));
        assertEquals(CtgovContentHash.xml(fileText), v.raw().contentHash());
        assertEquals(SourceFormat.CTGOV_XML, v.raw().format());
        assertEquals("NCT00056407", v.raw().sourceId());
        assertEquals("2016-09-23", v.raw().versionDate());
    }

    @Test
    void readsEveryGermanSiteOfALargeStudyAndItsResultsFlag() throws IOException {
        TrialRecord t = read("hantswilliams-clinicaltrials_trec_2022-sample/NCT00056407.xml").trial();
        assertEquals(932, t.sites().size());
        List<Site> german = t.sites().stream().filter(s -> "DE".equals(s.country())).toList();
        assertEquals(191, german.size());
        assertEquals(new Site("GSK Investigational Site", "Backnang", "Baden-Wuerttemberg", "71522", "DE", null, null, null,
                List.of()), german.getFirst());
        assertTrue(t.hasResults());
        assertEquals("MALE", t.eligibility().sex());
        assertEquals(new Age("50 Years", 18262), t.eligibility().minimumAge());
        assertEquals(new Age("75 Years", 27394), t.eligibility().maximumAge());
        assertEquals(List.of(new CodedTerm("MeSH", null, "Prostatic Neoplasms")), t.conditionCodes());
        assertEquals(26, t.outcomes().size());
    }

    @Test
    void readsTheGermanSitesOfAnObservationalStudy() throws IOException {
        TrialRecord t = read(SUBSET + "NCT0049xxxx/NCT00493298.xml").trial();
        assertEquals(131, t.sites().stream().filter(s -> "DE".equals(s.country())).count());
        assertEquals(422, t.sites().size());
        assertEquals("OBSERVATIONAL", t.studyType());
        assertEquals(List.of(), t.phases());
        assertEquals("ACTIVE_NOT_RECRUITING", t.overallStatus());
        assertEquals("2007-06-29", t.startDate());
        assertEquals("2029-01-03", t.completionDate());
        assertEquals("ACTUAL", t.enrollmentType());
        assertEquals(6620, t.enrollment());
    }

    @Test
    void readsSiteContactsInvestigatorsAndCentralContacts() throws IOException {
        TrialRecord t = read(SUBSET + "NCT0049xxxx/NCT00497887.xml").trial();
        assertEquals(List.of(
                new Contact("Joachim Thiery, MD PhD", "CONTACT", "+49-341-9722201", "thiery@medizin.uni-leipzig.de"),
                new Contact("Gerhard Schuler, MD PhD", "CONTACT", "+49-341-8650", "schug@medizin.uni-leipzig.de")),
                t.centralContacts());
        Site leipzig = t.sites().getFirst();
        assertEquals("Leipzig", leipzig.city());
        assertEquals("04103", leipzig.postalCode());
        assertEquals("RECRUITING", leipzig.status());
        assertEquals(8, leipzig.contacts().size());
        assertEquals(new Contact("Daniel Teupser, MD PhD", "CONTACT", "+49-341-9722204", "teupser@medizin.uni-leipzig.de"),
                leipzig.contacts().get(1));
        assertEquals(new Contact("Joachim Thiery, MD PhD", "PRINCIPAL_INVESTIGATOR", null, null), leipzig.contacts().get(2));
        assertEquals("SUB_INVESTIGATOR", leipzig.contacts().get(3).role());
        assertEquals(new Age("85 Years", 31046), t.eligibility().maximumAge());
    }

    @Test
    void classifiesLabelledAndDuplicateSecondaryIdsAndAliases() throws IOException {
        assertEquals(RegistryId.secondary(IdScheme.EUDRACT, "2005-002611-25", null),
                read(SUBSET + "NCT0049xxxx/NCT00498108.xml").trial().ids().get(2));
        // org_study_id 000080 is repeated as a secondary id; NCT00020085 is an older number of the same study
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT00004635"),
                RegistryId.secondary(IdScheme.NCT, "NCT00020085", null),
                RegistryId.secondary(IdScheme.SPONSOR, "000080", "National Cancer Institute (NCI)"),
                RegistryId.secondary(IdScheme.OTHER, "00-C-0080", null)),
                read(SUBSET + "NCT0000xxxx/NCT00004635.xml").trial().ids());
        assertTrue(read(SUBSET + "NCT0000xxxx/NCT00004218.xml").trial().ids()
                .contains(RegistryId.secondary(IdScheme.ISRCTN, "ISRCTN58585610", null)));
    }

    @Test
    void listsAnOldNctNumberOnceWhenTheSponsorRepeatsItAsItsOwnId() throws IOException {
        // NCT00498550 has nct_alias NCT00149955 and gives the same number as its org_study_id
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT00498550"),
                RegistryId.secondary(IdScheme.NCT, "NCT00149955", null),
                RegistryId.secondary(IdScheme.OTHER, "R01DA013196", null),
                RegistryId.secondary(IdScheme.OTHER, "DPMCDA", null)),
                read(SUBSET + "NCT0049xxxx/NCT00498550.xml").trial().ids());
    }

    @Test
    void readsAgesInMonths() throws IOException {
        TrialRecord t = read(SUBSET + "NCT0000xxxx/NCT00003458.xml").trial();
        assertEquals(new Age("6 Months", 183), t.eligibility().minimumAge());
        assertEquals(new Age("18 Years", 6574), t.eligibility().maximumAge());
    }

    @Test
    void rejectsExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info>"
                + "<brief_title>&xxe;</brief_title></clinical_study>";
        RecordCollector sink = readText(xml);
        assertEquals(List.of(), sink.records, "a document with a DOCTYPE must not become a record");
        assertEquals(1, sink.problems.size());
        ImportProblem problem = sink.problems.getFirst();
        assertTrue(problem.reason().contains("DOCTYPE"), problem.reason());
        assertTrue(problem.position().startsWith("line 2 column "), problem.position());
        assertFalse(problem.toString().contains("TOP-SECRET"), "the entity must never be expanded");
    }

    @Test
    void rejectsAnExternalDtdWithoutLoadingIt(@TempDir Path dir) throws IOException {
        // were the DTD loaded, its entity would put the secret into the title
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">");
        String xml = "<!DOCTYPE clinical_study SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info>"
                + "<brief_title>&xxe;</brief_title></clinical_study>";
        RecordCollector sink = readText(xml);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().reason().contains("DOCTYPE"), sink.problems.getFirst().reason());
        assertFalse(sink.problems.getFirst().toString().contains("TOP-SECRET"));
    }

    @Test
    void rejectsInternalEntityExpansionToo() throws IOException {
        String xml = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info>"
                + "<brief_title>&lol2;</brief_title></clinical_study>";
        RecordCollector sink = readText(xml);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
    }

    @Test
    void reportsADocumentThatIsNotWellFormedWithItsPosition() throws IOException {
        String xml = "<clinical_study>\n  <id_info><nct_id>NCT00000001</nct_id></id_info>\n  <brief_title>T</brief>\n"
                + "</clinical_study>";
        RecordCollector sink = readText(xml);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().position().startsWith("line 3 column "), sink.problems.getFirst().position());
        assertTrue(sink.problems.getFirst().reason().startsWith("invalid XML: "), sink.problems.getFirst().reason());
    }

    @Test
    void rejectsAStudyWithoutNctIdAndADocumentOfAnotherKind() throws IOException {
        RecordCollector noId = readText("<clinical_study><brief_title>T</brief_title></clinical_study>");
        assertEquals(List.of(), noId.records);
        assertTrue(noId.problems.getFirst().reason().contains("nct_id"));
        RecordCollector other = readText("<trial><nct_id>NCT00000001</nct_id></trial>");
        assertTrue(other.problems.getFirst().reason().contains("<trial>"));
        assertEquals(1, readText("").problems.size());
    }

    private static RecordCollector readText(String xml) throws IOException {
        RecordCollector sink = new RecordCollector();
        new CtgovXmlReader().read("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }
}
