package de.dnpm.registry.search.domain.matching;

/**
 * A {@link PatientProfile} read into the portal's vocabularies: age in days, sex, diagnosis concept ids with their
 * ancestors and bucket, biomarker keys present and absent, therapy names and classes received with their lines, ECOG,
 * brain metastases. Built once per match, then checked against every candidate trial.
 */
public final class PatientFacts {

    private PatientFacts() {
    }
}
