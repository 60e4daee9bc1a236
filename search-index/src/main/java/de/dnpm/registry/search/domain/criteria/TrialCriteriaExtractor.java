package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.CriteriaSections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the structured criteria out of a trial's record: age and sex from the registry's fields, diagnoses mapped to
 * the concept dictionary (OncoTree, Disease Ontology) with the solid / liquid buckets, biomarkers required and
 * excluded, the ECOG range, brain metastases, prior therapies and lines, each with the sentence it came from.
 * Thread-safe; one instance per vocabulary set.
 *
 * <p>The texts are cut into criteria by {@link CriteriaSections} (the cut the biomarker reading was tuned on), the
 * main text and each other-language text (DRKS's German) alike. Precision goes before recall: a sentence that is not
 * clear gives nothing. The rules of each kind are in its reader: {@link AgeCriteria}, {@link EcogCriteria},
 * {@link BrainMetastasisCriteria}, {@link PriorTherapyCriteria}, {@link DiagnosisCriteria}, {@link BiomarkerCriteria}.
 */
public final class TrialCriteriaExtractor {

    /** Raised whenever the extractor reads differently, so stored criteria are read again. */
    public static final int VERSION = 2;

    private final ConceptDictionary concepts;
    private final BiomarkerVocabulary biomarkers;
    private final TherapyVocabulary therapies;
    private final DiagnosisCriteria diagnoses;

    public TrialCriteriaExtractor(ConceptDictionary concepts, BiomarkerVocabulary biomarkers,
                                  TherapyVocabulary therapies) {
        this.concepts = Objects.requireNonNull(concepts, "concepts");
        this.biomarkers = Objects.requireNonNull(biomarkers, "biomarkers");
        this.therapies = Objects.requireNonNull(therapies, "therapies");
        this.diagnoses = new DiagnosisCriteria(concepts);
    }

    public TrialCriteria extract(TrialEligibility trial) {
        List<TrialCriterion> out = new ArrayList<>();
        AgeCriteria.structured(trial, out);
        diagnoses.fromFields(trial, out);
        BiomarkerCriteria.fromFields(trial, biomarkers, out);

        List<CriterionText> criteria = new ArrayList<>();
        addCriteria(trial.criteria(), criteria);
        for (String other : trial.otherCriteria()) {
            addCriteria(other, criteria);
        }
        Set<String> brainAllowances = new LinkedHashSet<>();
        for (CriterionText criterion : criteria) {
            brainAllowances.addAll(BrainMetastasisCriteria.allowanceLimits(criterion));
        }
        boolean ageFound = AgeCriteria.hasStructuredAge(trial);
        for (CriterionText criterion : criteria) {
            if (!ageFound) {
                ageFound = AgeCriteria.read(criterion, out);
            }
            diagnoses.read(criterion, out);
            BiomarkerCriteria.read(criterion, biomarkers, out);
            EcogCriteria.read(criterion, out);
            BrainMetastasisCriteria.read(criterion, brainAllowances, out);
            PriorTherapyCriteria.read(criterion, therapies, out);
        }
        diagnoses.buckets(out);
        return new TrialCriteria(VERSION, distinct(out));
    }

    private static void addCriteria(String text, List<CriterionText> criteria) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (CriteriaSections.Criterion c : CriteriaSections.criteria(text)) {
            CriterionText criterion = CriterionText.of(c.text(), c.exclusion());
            if (!criterion.text().isEmpty()) {
                criteria.add(criterion);
            }
        }
    }

    /** The first of criteria that say the same (type, side, key, range). */
    private static List<TrialCriterion> distinct(List<TrialCriterion> all) {
        Set<List<Object>> seen = new HashSet<>();
        List<TrialCriterion> kept = new ArrayList<>(all.size());
        for (TrialCriterion c : all) {
            if (seen.add(java.util.Arrays.asList(c.type(), c.exclusion(), c.key(), c.lower(), c.upper()))) {
                kept.add(c);
            }
        }
        return kept;
    }

    ConceptDictionary concepts() {
        return concepts;
    }
}
