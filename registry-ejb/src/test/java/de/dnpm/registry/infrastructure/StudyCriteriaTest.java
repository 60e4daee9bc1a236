package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyText;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriteriaExtractor;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.criteria.TrialEligibility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the extractor is given of a real study, and when stored criteria are used or read again. */
class StudyCriteriaTest {

    private static final Path DATA = Path.of(System.getProperty("shared.data", "../../shared/data"));
    private static final String DRKS = "drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json";

    @Test
    void aDrksStudyGivesItsGermanCriteriaWithTheExclusionsHeadedAndItsGermanConditions() throws IOException {
        Study study = mapped(DRKS);
        StudyText german = study.getTexts().stream().filter(t -> t.isIn("de")).findFirst().orElseThrow();
        assumeTrue(german.inclusionCriteria() != null && german.exclusionCriteria() != null,
                "the record has German inclusion and exclusion criteria");

        TrialEligibility eligibility = StudyCriteria.eligibilityOf(study);

        assertEquals(1, eligibility.otherCriteria().size());
        String text = eligibility.otherCriteria().getFirst();
        assertTrue(text.startsWith(german.inclusionCriteria()), text);
        // EligibilitySections splits at this heading: without it the exclusions would read as inclusions
        assertTrue(text.contains("Ausschlusskriterien:\n" + german.exclusionCriteria()), text);
        assertEquals(study.getEligibility().getCriteria(), eligibility.criteria());
        assertTrue(eligibility.conditions().containsAll(german.conditions()), eligibility.conditions().toString());
        assertEquals(study.getEligibility().getMinimumAgeDays(), eligibility.minimumAgeDays());
    }

    @Test
    void criteriaStoredByTheCurrentExtractorAreTakenAsStored() throws IOException {
        Study study = mapped(DRKS);
        TrialCriteria stored = new TrialCriteria(TrialCriteriaExtractor.VERSION, List.of(new TrialCriterion(
                CriterionType.BIOMARKER, false, "EGFR:L858R", null, null, "stored, not read from this record")));
        study.setExtractedCriteria(stored.encode(), TrialCriteriaExtractor.VERSION);

        assertEquals(stored, StudyCriteria.current(study));
    }

    @Test
    void criteriaStoredByAnOlderExtractorAreReadAgain() throws IOException {
        Study study = mapped(DRKS);
        TrialCriteria stored = new TrialCriteria(TrialCriteriaExtractor.VERSION - 1, List.of(new TrialCriterion(
                CriterionType.BIOMARKER, false, "EGFR:L858R", null, null, "stored, not read from this record")));
        study.setExtractedCriteria(stored.encode(), TrialCriteriaExtractor.VERSION - 1);

        TrialCriteria current = StudyCriteria.current(study);

        assertNotEquals(stored, current);
        assertTrue(current.criteria().stream().noneMatch(c -> c.evidence().startsWith("stored, not read")));
    }

    static Study mapped(String relative) throws IOException {
        List<ParsedRecord> records = new ArrayList<>();
        new SourceFileReader().read(DATA.resolve(relative), new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                records.add(record);
            }

            @Override
            public void reject(ImportProblem problem) {
                throw new AssertionError(problem.toString());
            }

            @Override
            public void warn(ImportProblem problem) {
                // a warning keeps the record
            }
        });
        ParsedRecord record = records.getFirst();
        RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
        String id = record.raw().sourceId();
        Study study = new Study(scheme, id, Instant.now());
        RegistryEntry entry = new RegistryEntry(study, scheme, id, TrialRecordMapper.format(record.raw().format()),
                new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.now());
        new TrialRecordMapper().applyTo(record.trial(), study, entry);
        return study;
    }
}
