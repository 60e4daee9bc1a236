package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.InterventionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryLink;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real records through the whole mapping: source file → TrialRecord → Study entity → index document. */
class StudyMappingTest {

    private static final Map<String, ParsedRecord> RECORDS = new LinkedHashMap<>();

    @BeforeAll
    static void readRealRecords() throws IOException {
        Path data = Path.of(System.getProperty("shared.data", "../../shared/data"));
        List<ImportProblem> problems = new ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                RECORDS.put(record.raw().sourceId(), record);
            }

            @Override
            public void reject(ImportProblem problem) {
                problems.add(problem);
            }

            @Override
            public void warn(ImportProblem problem) {
                problems.add(problem);
            }
        };
        new SourceFileReader().read(data.resolve("ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json"), sink);
        new SourceFileReader().read(data.resolve(
                "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT00496392.xml"), sink);
        new SourceFileReader().read(data.resolve("drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json"),
                sink);
        assertEquals(List.of(), problems);
    }

    @Test
    void aDrksRecordKeepsItsGermanAndEnglishTextsAndItsOwnStatus() {
        Study study = map("DRKS00038775");

        assertEquals(RegistryScheme.DRKS, study.getPrimaryScheme());
        assertEquals("Retrospective characterization of patients with rare osteological diseases",
                study.getBriefTitle(), "the English text is the study's main text");
        assertTrue(study.textIn("de").orElseThrow().briefTitle()
                .startsWith("Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen"));
        assertTrue(study.textIn("de").orElseThrow().inclusionCriteria().startsWith("Alle volljährigen Patient*innen"));
        assertTrue(study.textIn("en").orElseThrow().inclusionCriteria().startsWith("All adult patients"));
        assertEquals("RECRUITING", study.getOverallStatus());
        assertEquals("RECRUITING", study.getSourceStatus());
        assertEquals(List.of("DE"), study.getCountries());
        assertEquals(List.of("DE"), new StudyDocumentAssembler().toDocument(study).countries());
    }

    @Test
    void languageTextsSurviveTheirJsonColumn() {
        Study study = map("DRKS00038775");
        StudyTextsConverter column = new StudyTextsConverter();

        assertEquals(study.getTexts(), column.convertToEntityAttribute(column.convertToDatabaseColumn(study.getTexts())));
        assertEquals(2, study.getTexts().size());
    }

    @Test
    void keepsEveryIdentifierSoTheStudyCanBeFoundInEachRegistry() {
        Study study = map("NCT02369484");

        assertEquals("NCT02369484", study.getPrimaryRegistryId());
        assertEquals("2014-005098-35", identifier(study, RegistryScheme.EUDRACT).orElseThrow().getValue());
        assertTrue(study.getIdentifiers().stream().filter(i -> i.isPrimaryId()).count() == 1);
        RegistryLink eudraCt = study.getEntries().getFirst().getLinks().stream()
                .filter(link -> link.getScheme() == RegistryScheme.EUDRACT).findFirst().orElseThrow();
        assertEquals("2014-005098-35", eudraCt.getValue(), "a secondary id is a link of the entry, not its key");
    }

    @Test
    void everyIdSchemeAndFormatOfTheImporterHasItsNameInThePortal() {
        for (de.dnpm.registry.importer.domain.IdScheme scheme : de.dnpm.registry.importer.domain.IdScheme.values()) {
            assertEquals(scheme.name(), TrialRecordMapper.scheme(scheme).name());
        }
        for (de.dnpm.registry.importer.domain.SourceFormat format
                : de.dnpm.registry.importer.domain.SourceFormat.values()) {
            assertEquals(format.name(), TrialRecordMapper.format(format).name());
        }
    }

    @Test
    void secondaryIdsNeverIncludeTheRecordsOwnId() {
        for (ParsedRecord record : RECORDS.values()) {
            String own = record.trial().primaryId().value();
            assertTrue(TrialRecordMapper.secondaryIds(record.trial()).stream()
                    .noneMatch(id -> id.scheme() == RegistryScheme.NCT && id.value().equals(own)), own);
        }
    }

    @Test
    void indexDocumentCarriesSitesCountriesAndNormalisedAges() {
        Study study = map("NCT06576635");
        StudyDocument document = new StudyDocumentAssembler().toDocument(study);

        assertEquals("RECRUITING", document.overallStatus());
        assertEquals(List.of("US"), document.countries(), "countries as ISO codes, whatever the registry's spelling");
        assertEquals(study.getSites().size(), document.siteCount());
        assertEquals(6574, document.minimumAgeDays(), "18 years in days");
        assertEquals(null, document.maximumAgeDays());
        assertTrue(document.conditions().contains("NSCLC"));
        assertTrue(document.eligibilityCriteria().contains("Inclusion Criteria"));
    }

    @Test
    void indexDocumentCarriesTheStartDateAndTheRegistriesForTheStatistics() {
        StudyDocument document = new StudyDocumentAssembler().toDocument(map("NCT00496392"));

        assertEquals("2007-01", document.startDate());
        assertEquals(List.of("NCT"), document.registries(), "the registry of each entry, not the EudraCT number it names");
    }

    @Test
    void indexDocumentCarriesWhatTheResultFacetsCountAndTheSponsorsClass() {
        StudyDocument industry = new StudyDocumentAssembler().toDocument(map("NCT04646330"));
        assertEquals("INDUSTRY", industry.sponsorType(), "Akeso: known as a company only by its registry class");
        assertEquals("2020-11-18", industry.startDate());
        assertEquals(false, industry.hasResults());
        assertEquals(List.of("CTGOV"), industry.sources());

        StudyDocument network = new StudyDocumentAssembler().toDocument(map("NCT02369484"));
        assertEquals("ACADEMIC_OTHER", network.sponsorType(), "NETWORK");
        assertEquals(true, network.hasResults());
        assertEquals("INDUSTRY", map("NCT00496392").getLeadSponsorClass(), "legacy XML: <agency_class>Industry");

        Study drks = map("DRKS00038775");
        assertEquals(null, drks.getLeadSponsorClass(), "DRKS does not classify its sponsors");
        assertEquals(List.of("DRKS"), new StudyDocumentAssembler().toDocument(drks).sources());
    }

    @Test
    void legacyXmlMapsToTheSameVocabulary() {
        Study study = map("NCT00496392");

        assertEquals("COMPLETED", study.getOverallStatus());
        assertEquals(List.of("PHASE3"), study.getPhases());
        assertEquals("INTERVENTIONAL", study.getStudyType());
        assertEquals("2007-01", study.getDates().getStartDate());
        assertEquals(115, study.getEnrollment());
        assertTrue(identifier(study, RegistryScheme.EUDRACT).isPresent());
    }

    @Test
    void remappingANewerVersionReplacesCollectionsAndKeepsIdentifiers() {
        Study study = map("NCT06576635");
        int sites = study.getSites().size();
        new TrialRecordMapper().applyTo(RECORDS.get("NCT06576635").trial(), study, study.getEntries().getFirst());

        assertEquals(sites, study.getSites().size(), "sites are replaced, not appended");
        assertEquals(1, study.getIdentifiers().stream().filter(i -> i.getValue().equals("NCT06576635")).count());
    }

    @Test
    void interventionsKeepTheirOtherNamesAndTheStudyItsInterventionMeshTerms() {
        Study study = map("NCT04870190");

        InterventionEntry osimertinib = study.getInterventions().get(1);
        assertEquals("Osimertinib", osimertinib.getName());
        assertEquals(List.of("Teresa", "AZD9291"), osimertinib.getOtherNames());
        assertEquals(List.of("aumolertinib", "osimertinib"),
                study.getInterventionCodes().stream().map(InterventionCode::getTerm).toList());
    }

    @Test
    void theMergedViewOfLinkedEntriesKeepsTheInterventionMeshTerms() {
        Study study = map("NCT04870190");
        new StudyMerger().merge(study, List.of(new StudyMerger.EntryRecord(study.getEntries().getFirst(),
                RECORDS.get("NCT04870190").trial())));

        assertEquals(List.of("aumolertinib", "osimertinib"),
                study.getInterventionCodes().stream().map(InterventionCode::getTerm).toList());
    }

    @Test
    void otherNamesAndInterventionCodesSurviveTheirJsonColumns() {
        Study study = map("NCT02856893");
        StudyListConverters.Interventions interventions = new StudyListConverters.Interventions();
        StudyListConverters.InterventionCodes codes = new StudyListConverters.InterventionCodes();

        List<InterventionEntry> read = interventions.convertToEntityAttribute(
                interventions.convertToDatabaseColumn(study.getInterventions()));
        assertEquals(List.of(List.of("AZD9291, Tagrisso"), List.of("Iressa")),
                read.stream().map(InterventionEntry::getOtherNames).toList());
        assertEquals(List.of("Osimertinib", "Gefitinib"), read.stream().map(InterventionEntry::getName).toList());
        assertEquals("Osimertinib 60 or 40 mg daily until progression", read.getFirst().getDescription());
        List<InterventionCode> readCodes = codes.convertToEntityAttribute(
                codes.convertToDatabaseColumn(study.getInterventionCodes()));
        assertEquals(List.of("C000596361|osimertinib", "D000077156|Gefitinib"),
                readCodes.stream().map(c -> c.getCode() + "|" + c.getTerm()).toList());
    }

    @Test
    void anInterventionStoredBeforeOtherNamesWereKeptReadsWithNone() {
        List<InterventionEntry> read = new StudyListConverters.Interventions().convertToEntityAttribute(
                "[{\"type\":\"DRUG\",\"name\":\"Osimertinib\",\"description\":\"80 mg daily\"}]");

        assertEquals("Osimertinib", read.getFirst().getName());
        assertEquals(List.of(), read.getFirst().getOtherNames());
        assertEquals(List.of(), new StudyListConverters.InterventionCodes().convertToEntityAttribute(null),
                "a study stored before intervention codes were kept has none");
    }

    @Test
    void indexDocumentsInterventionsHoldEveryNameOfTheDrugOnce() {
        StudyDocument document = new StudyDocumentAssembler().toDocument(map("NCT04870190"));

        assertEquals(List.of("Almonertinib", "HS-10296", "Osimertinib", "Teresa", "AZD9291", "aumolertinib"),
                document.interventions(), "the MeSH term osimertinib repeats a name and is left out");
    }

    @Test
    void aBrandOrCodeNameFindsTheTrialsOfItsDrug() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            List<StudyDocument> documents = new ArrayList<>();
            long id = 1;
            for (String registryId : RECORDS.keySet()) {
                documents.add(new StudyDocumentAssembler().toDocument(map(registryId, id++)));
            }
            index.upsert(documents, "test");

            // NCT02856893 says Tagrisso nowhere but in its intervention's other names, NCT04870190 AZD9291 likewise
            assertTrue(found(index, "Tagrisso").containsAll(Set.of("NCT02856893", "NCT04811001")),
                    () -> found(index, "Tagrisso").toString());
            assertTrue(found(index, "AZD9291").containsAll(Set.of("NCT02856893", "NCT04870190", "NCT04811001")),
                    () -> found(index, "AZD9291").toString());
            assertTrue(found(index, "aumolertinib").contains("NCT04870190"),
                    "the MeSH name of almonertinib, in no text of the record");
        }
    }

    private static Set<String> found(StudyIndex index, String text) {
        try {
            return index.search(StudyQuery.of(text)).hits().stream().map(StudyHit::primaryRegistryId)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<RegistryIdentifier> identifier(Study study, RegistryScheme scheme) {
        return study.getIdentifiers().stream().filter(id -> id.scheme() == scheme).findFirst();
    }

    /** The record with this own id as a new study, as the import writes it. */
    private static Study map(String registryId) {
        return map(registryId, 42L);
    }

    /** The same, stored under this database id. */
    private static Study map(String registryId, long databaseId) {
        ParsedRecord record = RECORDS.get(registryId);
        RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
        Study study = new Study(scheme, registryId, Instant.now());
        RegistryEntry entry = new RegistryEntry(study, scheme, registryId, TrialRecordMapper.format(record.raw().format()),
                new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.now());
        new TrialRecordMapper().applyTo(record.trial(), study, entry);
        try {
            // the database assigns ids; here one is set as if the study had been stored
            var id = Study.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(study, databaseId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return study;
    }
}
