package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.BiomarkerReader.Finding;
import de.dnpm.registry.search.domain.BiomarkerReader.Mode;
import de.dnpm.registry.search.domain.CriteriaSections.Criterion;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The biomarkers a trial requires and those it excludes, or those a query asks for: what lets "KRAS G12C" rank the
 * trials that require it above those that name it only to exclude it ("KRAS mutation other than G12C", "Exclusion
 * Criteria: … KRAS G12C"), and keeps "eGFR ≥ 60 mL/min" from meeting EGFR.
 *
 * <p>How a mention counts (the words are data, see {@link BiomarkerVocabulary}):
 * <ul>
 * <li>In an inclusion criterion, a title or a condition an affirmative mention is required ("EGFR-mutant NSCLC",
 * "ALK rearrangement by FISH"); a negated one is excluded ("EGFR wild-type", "no ALK fusion", "HER2-negative",
 * "KRAS mutation other than G12C": KRAS required, KRAS:G12C excluded).</li>
 * <li>In an exclusion criterion an affirmative mention is excluded, a negated one required: "Exclusion: NSCLC without
 * known ALK rearrangement" requires ALK:FUSION (the double negation). A criterion that says itself "… are not
 * eligible" counts as an exclusion wherever it stands.</li>
 * <li>A mention that names a drug's target ("EGFR-TKI", "anti-PD-L1", "ALK inhibitors"), a test rather than its result
 * ("PD-L1 status", "tested for EGFR") or an option ("with or without", "… is allowed") counts neither way.</li>
 * <li>In trial text gene symbols count only as written ("EGFR", never "eGFR"), and not near a kidney word ("EGFR ≥ 60
 * mL/min"); symbols that are also words or other abbreviations (MET, RET, KIT, ATM, HR, ER, PR, Ph) count only with a
 * state word or beside another marker ("MET amplification", "EGFR/ALK/RET"), in a query also when typed in capitals.
 * </li>
 * </ul>
 * <p>A trial's sets are closed under the key hierarchy: {@code required} holds every key a required key implies
 * (EGFR:L858R → EGFR), {@code excluded} every key below an excluded one (EGFR wild-type excludes EGFR:L858R), minus
 * what is required ("EGFR exon 19 deletion or L858R; no other EGFR mutations" requires those two and excludes the
 * rest). So a query key matches a trial's field as it is: a query for KRAS:G12C finds G12C trials among the required,
 * the "other than G12C" trial among the excluded. A query's sets are as asked, not closed.
 */
public record BiomarkerMentions(Set<BiomarkerKey> required, Set<BiomarkerKey> excluded) {

    public static final BiomarkerMentions NONE = new BiomarkerMentions(Set.of(), Set.of());

    /** Both sets sorted, unmodifiable. */
    public BiomarkerMentions {
        required = Collections.unmodifiableSortedSet(new TreeSet<>(required));
        excluded = Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
    }

    /** What a trial's eligibility criteria require and exclude, by their inclusion and exclusion sections. */
    public static BiomarkerMentions inEligibility(String eligibilityCriteria) {
        return inEligibility(eligibilityCriteria, BiomarkerVocabulary.standard());
    }

    /** What a title, a condition or keywords require ("EGFR-mutant NSCLC") or exclude ("HER2-negative"). */
    public static BiomarkerMentions inText(String titleOrConditions) {
        return inText(titleOrConditions, BiomarkerVocabulary.standard());
    }

    /**
     * The markers a query asks for, as typed ("kras g12c", "HER2-positiv", "ALK+", "msi high", "Exon 19 Deletion"),
     * and those it asks to be absent ("EGFR wild-type", "HER2-negative"). "egfr" is the gene unless the query speaks of
     * the kidney (GFR, mL/min, renal, Niere) or writes "eGFR".
     */
    public static BiomarkerMentions inQuery(String query) {
        return inQuery(query, BiomarkerVocabulary.standard());
    }

    static BiomarkerMentions inEligibility(String eligibilityCriteria, BiomarkerVocabulary vocabulary) {
        BiomarkerReader reader = new BiomarkerReader(vocabulary);
        Sets sets = new Sets();
        for (Criterion criterion : CriteriaSections.criteria(eligibilityCriteria)) {
            sets.add(reader.read(criterion.text(), Mode.TRIAL), criterion.exclusion());
        }
        return sets.closed(vocabulary);
    }

    /** What one criterion says, before the sets are closed under the key hierarchy. */
    public static BiomarkerMentions inCriterion(String criterion, boolean exclusion, BiomarkerVocabulary vocabulary) {
        Sets sets = new Sets();
        sets.add(new BiomarkerReader(vocabulary).read(criterion, Mode.TRIAL), exclusion);
        return new BiomarkerMentions(sets.required, sets.excluded);
    }

    public static BiomarkerMentions inText(String text, BiomarkerVocabulary vocabulary) {
        BiomarkerReader reader = new BiomarkerReader(vocabulary);
        Sets sets = new Sets();
        if (text != null) {
            for (String line : text.split("\\r?\\n")) {
                sets.add(reader.read(line, Mode.TRIAL), false);
            }
        }
        return sets.closed(vocabulary);
    }

    /** {@link #inQuery(String)} with another vocabulary (a board's patient profile is read with the match's). */
    public static BiomarkerMentions inQuery(String query, BiomarkerVocabulary vocabulary) {
        Sets sets = new Sets();
        sets.add(new BiomarkerReader(vocabulary).read(query, Mode.QUERY), false);
        return new BiomarkerMentions(sets.required, sets.excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** The required keys as the index stores them ("EGFR", "KRAS:G12C"). */
    public List<String> requiredKeys() {
        return required.stream().map(BiomarkerKey::toString).toList();
    }

    /** The excluded keys as the index stores them. */
    public List<String> excludedKeys() {
        return excluded.stream().map(BiomarkerKey::toString).toList();
    }

    private static final class Sets {
        final Set<BiomarkerKey> required = new TreeSet<>();
        final Set<BiomarkerKey> excluded = new TreeSet<>();

        void add(List<Finding> findings, boolean exclusionSection) {
            for (Finding finding : findings) {
                boolean exclusion = exclusionSection || finding.exclusionCue();
                boolean excludes = exclusion != finding.negated();
                // "triple-negative" in an exclusion means "not triple-negative": HR+ or HER2+, neither required
                if (finding.fromAlias() && exclusion) {
                    continue;
                }
                // "Exclusion: prior treatment with an EGFR-TKI for T790M" excludes a therapy, not the marker
                if (finding.indication() && exclusionSection) {
                    continue;
                }
                (excludes ? excluded : required).add(finding.key());
            }
        }

        BiomarkerMentions closed(BiomarkerVocabulary vocabulary) {
            Set<BiomarkerKey> allRequired = vocabulary.withAncestors(required);
            Set<BiomarkerKey> allExcluded = vocabulary.withDescendants(excluded);
            allExcluded.removeAll(allRequired);
            return new BiomarkerMentions(allRequired, allExcluded);
        }
    }
}
