package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.CriterionStatus;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.PatientFacts;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.TrialMatch;
import de.dnpm.registry.search.domain.matching.TrialMatches;
import de.dnpm.registry.search.domain.matching.Verdict;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link StudyIndex#match} end to end in the library: a board's profile read into facts, candidates from the index,
 * each assessed by the TrialAssessor, ranked. The trials are SYNTHETIC ("SYN-..."), their criteria built by hand with
 * sentences quoted from real records as evidence (NCT05821933, NCT06945705, NCT06620835), so that this test does not
 * depend on the extractor; the patient is SYNTHETIC too.
 */
class StudyIndexMatchTest {

    private static final GeoPoint HEIDELBERG = new GeoPoint(49.4093, 8.6937);

    private StudyIndex index;

    @BeforeEach
    void indexTrials() throws IOException {
        index = StudyIndex.inMemory();
        index.upsert(List.of(
                trial(1, "RECRUITING", new GeoPoint(48.1374, 11.5755),
                        inc(CriterionType.DIAGNOSIS, "DOID:3908", "EGFR-mutated non-small cell lung cancer"),
                        inc(CriterionType.BIOMARKER, "EGFR:L858R",
                                "Must have at least one EGFR-sensitive mutation: exon 19 deletion, L858R mutation"),
                        inc(CriterionType.PRIOR_THERAPY, "CLASS:EGFR_TKI", "Must have received approved first/second/"
                                + "third-generation EGFR-TKI treatment in the past")),
                trial(2, "RECRUITING", HEIDELBERG,
                        inc(CriterionType.DIAGNOSIS, "DOID:3908", "Advanced NSCLC"),
                        inc(CriterionType.BIOMARKER, "EGFR:L858R", "confirmed the presence of EGFR 19Del or L858R"),
                        new TrialCriterion(CriterionType.PRIOR_THERAPY, true, "CLASS:EGFR_TKI", null, null,
                                "Patients who have previously received any epidermal growth factor receptor tyrosine"
                                        + " kinase inhibitor (EGFR-TKI) therapy.")),
                trial(3, "RECRUITING", HEIDELBERG,
                        inc(CriterionType.DIAGNOSIS, "DOID:3908", "Advanced Non-Small Cells Lung Cancer"),
                        inc(CriterionType.BIOMARKER, "ALK:FUSION", "ALK rearrangements identified by a validated"
                                + " technique")),
                trial(4, "COMPLETED", HEIDELBERG,
                        inc(CriterionType.DIAGNOSIS, "DOID:3908", "NSCLC"))), "test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void anEgfrPatientAfterOsimertinibGetsTheTrialThatAdmitsThatFirstAndTheOthersWithTheirReasons()
            throws IOException {
        TrialMatches matches = index.match(egfrAfterOsimertinib(), new MatchQuery(Set.of(), Set.of(), HEIDELBERG, null,
                50));

        assertEquals(List.of(1L, 2L, 3L), matches.matches().stream().map(TrialMatch::studyId).toList(),
                "the completed trial is no candidate; the trial that admits comes first though farther away");
        TrialMatch admits = matches.matches().get(0);
        assertNotEquals(Verdict.NOT_ELIGIBLE, admits.assessment().verdict());
        assertTrue(admits.assessment().checks().stream().allMatch(c -> c.status() == CriterionStatus.MET),
                admits.assessment().checks().toString());
        assertEquals(254, admits.nearestRecruitingSite().distanceKm(), 5, "Heidelberg to Munich");

        TrialMatch excludes = matches.matches().get(1);
        assertEquals(Verdict.NOT_ELIGIBLE, excludes.assessment().verdict());
        assertTrue(excludes.assessment().checks().stream().anyMatch(c -> c.criterion().type()
                == CriterionType.PRIOR_THERAPY && c.status() == CriterionStatus.NOT_MET
                && c.criterion().evidence().contains("EGFR-TKI")), excludes.assessment().checks().toString());
        assertEquals(0.0, excludes.nearestRecruitingSite().distanceKm());
    }

    @Test
    void anAlkNegativePatientIsNotEligibleForTheAlkPositiveTrial() throws IOException {
        PatientFacts alkNegative = PatientFacts.read(new PatientProfile("synthetic", 58, "female",
                        new PatientProfile.Diagnosis("non-small cell lung cancer", "NSCLC", "C34.9"), "IV", 0,
                        List.of(new PatientProfile.Biomarker("ALK", "negative", null, null)), List.of(), null,
                        List.of(), null, null, null), ConceptDictionaryLoader.shared(), BiomarkerVocabulary.standard(),
                TherapyVocabulary.standard());

        TrialMatches matches = index.match(alkNegative, new MatchQuery(Set.of(), Set.of(), null, null, 50));

        TrialMatch alk = matches.matches().stream().filter(m -> m.studyId() == 3).findFirst().orElseThrow();
        assertEquals(Verdict.NOT_ELIGIBLE, alk.assessment().verdict(), alk.assessment().checks().toString());
        assertEquals(3L, matches.matches().getLast().studyId(), "not eligible comes last");
    }

    private static PatientFacts egfrAfterOsimertinib() {
        return PatientFacts.read(new PatientProfile("synthetic", 61, "male",
                        new PatientProfile.Diagnosis("Lungenadenokarzinom", "LUAD", "C34.1"), "IV", 1,
                        List.of(new PatientProfile.Biomarker("EGFR", "L858R", null, null),
                                new PatientProfile.Biomarker("ALK", "negativ", null, null)),
                        List.of(new PatientProfile.PriorTherapy("Osimertinib", null, 1, "PD")), null, List.of(),
                        "69120", null, null), ConceptDictionaryLoader.shared(), BiomarkerVocabulary.standard(),
                TherapyVocabulary.standard());
    }

    private static TrialCriterion inc(CriterionType type, String key, String evidence) {
        return new TrialCriterion(type, false, key, null, null, evidence);
    }

    private static StudyDocument trial(long id, String status, GeoPoint site, TrialCriterion... criteria) {
        return StudyDocument.builder(id).primaryRegistryId("SYN-" + id).briefTitle("Synthetic trial " + id)
                .overallStatus(status).phases(List.of("PHASE2"))
                .siteLocations(List.of(new SiteLocation(site, PlaceSource.REGISTRY, true, "Site", "Town")))
                .criteria(new TrialCriteria(1, List.of(criteria))).build();
    }
}
