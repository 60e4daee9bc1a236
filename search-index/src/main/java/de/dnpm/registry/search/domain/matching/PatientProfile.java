package de.dnpm.registry.search.domain.matching;

import java.util.List;

/**
 * A pseudonymised patient as a board describes them for matching: no name, no birth date; {@code caseId} is opaque.
 * Values are as entered, in German or English ("negativ", "Exon-19-Deletion", "Amplifikation"); {@link PatientFacts}
 * reads them. {@code sex} "female" / "male" (null unknown); {@code ecog} 0–5; {@code scores} disease-activity scores
 * of inflammatory diseases (DAS28, PASI, ...). Any part may be null or empty: unknown.
 */
public record PatientProfile(String caseId, Integer age, String sex, Diagnosis diagnosis, String stage, Integer ecog,
                             List<Biomarker> biomarkers, List<PriorTherapy> priorTherapies,
                             BrainMetastases brainMetastases, List<Score> scores, String postalCode,
                             Integer maxDistanceKm, String note) {

    public PatientProfile {
        biomarkers = biomarkers == null ? List.of() : List.copyOf(biomarkers);
        priorTherapies = priorTherapies == null ? List.of() : List.copyOf(priorTherapies);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** Free text (German or English) and, where known, the OncoTree code and the ICD-10(-GM) code. */
    public record Diagnosis(String text, String oncotree, String icd10) {
    }

    /** Either {@code gene} + {@code alteration} ("EGFR", "L858R") or {@code marker} + {@code value} ("PD-L1", "TPS 60%"). */
    public record Biomarker(String gene, String alteration, String marker, String value) {
    }

    /** A drug or a regimen, the line it was given in (1 = first line), and the response where known. */
    public record PriorTherapy(String drug, String regimen, Integer line, String response) {
    }

    public record BrainMetastases(Boolean present, Boolean treated, Boolean symptomatic, String note) {
    }

    public record Score(String name, String value) {
    }
}
