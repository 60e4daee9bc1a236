package de.dnpm.registry.search.domain.criteria;

import java.util.Optional;
import java.util.Set;

/**
 * Cancer and immune therapies by their names (generic, brand, code, German spellings) and the classes they belong to
 * (EGFR_TKI, ALK_INHIBITOR, PLATINUM, PD1_PDL1, TNF_INHIBITOR, JAK_INHIBITOR, ...): hand-made data with its provenance.
 */
public final class TherapyVocabulary {

    public static TherapyVocabulary standard() {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }

    /** The generic name of a drug as written ("Tagrisso", "AZD9291", "Osimertinib" → "osimertinib"), if known. */
    public Optional<String> drug(String name) {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }

    /** The classes of a drug or regimen ("osimertinib" → EGFR_TKI; "FOLFOX" → PLATINUM, FLUOROPYRIMIDINE, ...). */
    public Set<String> classesOf(String drugOrRegimen) {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }
}
