package de.dnpm.registry.search.domain.criteria;

/**
 * The kinds of eligibility criteria the portal reads out of a trial's record. What {@link TrialCriterion#key()},
 * {@link TrialCriterion#lower()} and {@link TrialCriterion#upper()} hold depends on the kind; each constant says so.
 */
public enum CriterionType {
    /** Age limits in days, inclusive ({@code lower}/{@code upper}, null = open); from the registry's fields first. */
    AGE,
    /** {@code key} FEMALE or MALE: the only sex admitted. */
    SEX,
    /**
     * {@code key} a concept id of the concept dictionary ("DOID:3908", "ONCOTREE:LUAD") or a bucket ("BUCKET:SOLID",
     * "BUCKET:LIQUID"); an exclusion names a disease that keeps a patient out.
     */
    DIAGNOSIS,
    /**
     * {@code key} a biomarker key ("EGFR:L858R", "ERBB2:POSITIVE", "HLA-B27"); inclusion = required, exclusion = must be
     * absent ("EGFR wild-type" excludes EGFR).
     */
    BIOMARKER,
    /** ECOG performance status range ({@code lower}/{@code upper}, 0–5); Karnofsky is converted. */
    ECOG,
    /**
     * {@code key} one of ANY, ACTIVE, UNTREATED, SYMPTOMATIC; an exclusion keeps patients with such brain metastases
     * out, an inclusion requires them.
     */
    BRAIN_METASTASES,
    /**
     * {@code key} a therapy ("DRUG:osimertinib") or a class of the therapy vocabulary ("CLASS:EGFR_TKI",
     * "CLASS:PLATINUM", "CLASS:TNF_INHIBITOR", ...): an inclusion requires it before, an exclusion forbids it; or
     * "LINES" with {@code lower}/{@code upper} the number of prior lines of systemic therapy admitted.
     */
    PRIOR_THERAPY
}
