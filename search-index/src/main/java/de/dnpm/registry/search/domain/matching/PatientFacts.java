package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;

import java.util.Set;

/**
 * A {@link PatientProfile} read into the portal's vocabularies: age in days, sex, diagnosis concept ids with their
 * ancestors and bucket, biomarker keys present and absent, therapy names and classes received with their lines, ECOG,
 * brain metastases. Built once per match, then checked against every candidate trial.
 */
public final class PatientFacts {

    private PatientFacts() {
    }

    /** Reads a profile; values in German or English. */
    public static PatientFacts read(PatientProfile profile, ConceptDictionary concepts, BiomarkerVocabulary biomarkers,
                                    TherapyVocabulary therapies) {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }

    /**
     * The DIAGNOSIS keys a trial may name and still take this patient: the diagnosis concepts, all their ancestors, and
     * the bucket ("BUCKET:SOLID" / "BUCKET:LIQUID"). Candidate retrieval looks these up among the trials' criteria.
     */
    public Set<String> diagnosisKeys() {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }

    /** The biomarker keys the patient has, with the keys they imply ("EGFR:L858R" → also "EGFR"), as index strings. */
    public Set<String> biomarkerKeys() {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }
}
