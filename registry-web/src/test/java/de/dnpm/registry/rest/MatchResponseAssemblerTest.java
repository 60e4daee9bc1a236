package de.dnpm.registry.rest;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.CriterionCheck;
import de.dnpm.registry.search.domain.matching.CriterionStatus;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.Verdict;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answer of POST /api/match as a client reads it: ranks, reasons in the caller's language, evidence. */
class MatchResponseAssemblerTest {

    private static final CriterionCheck EXCLUDED_TKI = new CriterionCheck(new TrialCriterion(
            CriterionType.PRIOR_THERAPY, true, "CLASS:EGFR_TKI", null, null,
            "Patients who have previously received any epidermal growth factor receptor tyrosine kinase inhibitor "
                    + "(EGFR-TKI) therapy."), CriterionStatus.NOT_MET, "priorTherapy.forbidden.received",
            "Osimertinib (1)");

    private static final MatchResult RESULT = new MatchResult(List.of(
            new MatchResult.StudyMatch(7, "NCT05821933", List.of("NCT05821933"), "RC108 Combine With Furmonertinib",
                    List.of("PHASE1", "PHASE2"), "RECRUITING", Verdict.ELIGIBLE, MatchTier.VARIANT_AND_TYPE, 0.87654,
                    new MatchResult.NearestRecruitingSite("Site", "Shanghai", null, "CN", 8871.2), List.of()),
            new MatchResult.StudyMatch(8, "NCT06945705", List.of("NCT06945705"), "Furmonertinib With Anlotinib",
                    List.of("PHASE2"), "RECRUITING", Verdict.NOT_ELIGIBLE, MatchTier.VARIANT_AND_TYPE, 0.2, null,
                    List.of(EXCLUDED_TKI))), 12, 34);

    @Test
    void givesTheReasonInTheCallersLanguageWithThePatientsValueAndTheEvidence() {
        MatchResponse german = assemble(Locale.GERMAN);
        MatchResponse.Criterion reason = german.studies().get(1).criteria().getFirst();
        assertEquals("priorTherapy.forbidden.received", reason.reason());
        assertTrue(reason.reasonText().contains("Osimertinib (1)"), reason.reasonText());
        assertEquals(EXCLUDED_TKI.criterion().evidence(), reason.evidence());
        assertTrue(reason.exclusion());
        assertEquals("NOT_MET", reason.status());

        String english = assemble(Locale.ENGLISH).studies().get(1).criteria().getFirst().reasonText();
        assertFalse(english.equals(reason.reasonText()), "German and English differ: " + english);
    }

    @Test
    void ranksFromOneWithIdsLinksAndARoundedScore() {
        MatchResponse response = assemble(Locale.ENGLISH);
        assertEquals(List.of(1, 2), response.studies().stream().map(MatchResponse.Study::rank).toList());
        MatchResponse.Study first = response.studies().getFirst();
        assertEquals("https://portal.example/api/studies/NCT05821933", first.url());
        assertEquals(0.877, first.score());
        assertEquals("ELIGIBLE", first.verdict());
        assertEquals(8871.2, first.nearestSite().distanceKm());
        assertEquals(12, response.candidatesAssessed());
        String json = JsonbBuilder.create().toJson(response);
        assertFalse(json.contains("\"nearestSite\":null"), "absent values are left out: " + json);
    }

    private static MatchResponse assemble(Locale locale) {
        return new MatchResponseAssembler(locale, id -> "https://portal.example/api/studies/" + id).toResponse(RESULT);
    }
}
