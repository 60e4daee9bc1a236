package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;

/**
 * Reads the structured criteria out of a trial's record: age and sex from the registry's fields, diagnoses mapped to
 * the concept dictionary (OncoTree, Disease Ontology) with the solid / liquid buckets, biomarkers required and
 * excluded, the ECOG range, brain metastases, prior therapies and lines, each with the sentence it came from.
 * Thread-safe; one instance per vocabulary set.
 */
public final class TrialCriteriaExtractor {

    /** Raised whenever the extractor reads differently, so stored criteria are read again. */
    public static final int VERSION = 1;

    private final ConceptDictionary concepts;
    private final BiomarkerVocabulary biomarkers;
    private final TherapyVocabulary therapies;

    public TrialCriteriaExtractor(ConceptDictionary concepts, BiomarkerVocabulary biomarkers,
                                  TherapyVocabulary therapies) {
        this.concepts = concepts;
        this.biomarkers = biomarkers;
        this.therapies = therapies;
    }

    public TrialCriteria extract(TrialEligibility trial) {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }
}
