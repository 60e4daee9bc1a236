package de.dnpm.registry.application.board;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.CriterionCheck;
import de.dnpm.registry.search.domain.matching.CriterionStatus;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Synthetic profile (labelled: no real patient), as a board would enter it. */
class CaseDocumentsTest {

    static PatientProfile syntheticNsclcProfile() {
        return new PatientProfile("MTB-2026-0042", 63, "female",
                new PatientProfile.Diagnosis("Adenokarzinom der Lunge (NSCLC)", "LUAD", "C34.1"), "IV", 1,
                List.of(new PatientProfile.Biomarker("EGFR", "L858R", null, null),
                        new PatientProfile.Biomarker(null, null, "PD-L1", "TPS 5 %")),
                List.of(new PatientProfile.PriorTherapy("Osimertinib", null, 1, "Progress")),
                new PatientProfile.BrainMetastases(true, true, false, "stabil nach Radiatio"),
                List.of(), "72076", 150, "Übernahme aus Zuweisung");
    }

    @Test
    void keepsEveryPartOfTheProfileIncludingUmlauts() {
        PatientProfile profile = syntheticNsclcProfile();
        assertEquals(profile, CaseDocuments.readProfile(CaseDocuments.write(profile)));
    }

    @Test
    void keepsTheCriterionTableOfAShortlistedStudy() {
        TrialCriterion egfr = new TrialCriterion(CriterionType.BIOMARKER, false, "EGFR:L858R", null, null,
                "Documented EGFR exon 21 L858R mutation");
        MatchResult.StudyMatch match = new MatchResult.StudyMatch(7L, "NCT04035486", List.of("NCT04035486"),
                "A study of EGFR-mutant NSCLC", List.of("PHASE3"), "RECRUITING", Verdict.POSSIBLY_ELIGIBLE,
                MatchTier.VARIANT_AND_TYPE, 0.87,
                new MatchResult.NearestRecruitingSite("Universitätsklinikum Tübingen", "Tübingen", "72076", "Germany",
                        2.5),
                List.of(new CriterionCheck(egfr, CriterionStatus.MET, "biomarker.required.present", "EGFR L858R")));
        assertEquals(match, CaseDocuments.readAssessment(CaseDocuments.write(match)));
        assertNull(CaseDocuments.readAssessment(null));
    }
}
