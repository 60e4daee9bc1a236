package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.DocumentFormat;
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
import de.dnpm.registry.search.domain.StudyDocument;
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

    private static Optional<RegistryIdentifier> identifier(Study study, RegistryScheme scheme) {
        return study.getIdentifiers().stream().filter(id -> id.scheme() == scheme).findFirst();
    }

    /** The record with this own id as a new study, as the import writes it. */
    private static Study map(String registryId) {
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
            id.set(study, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return study;
    }
}
