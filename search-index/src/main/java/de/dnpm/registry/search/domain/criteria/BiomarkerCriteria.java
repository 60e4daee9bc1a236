package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerMentions;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;

import java.util.List;

/**
 * Biomarkers required (inclusion) and excluded (exclusion = must be absent), keys exactly as {@link BiomarkerMentions}
 * gives them, read criterion by criterion so that each key keeps the sentence it came from. The reading rules
 * (negation, double negation, drug targets, tests, the kidney's eGFR, short gene symbols that are words) are
 * {@link BiomarkerMentions}' own; the title and the conditions are read as inclusion text. The keys of a criterion are
 * as it names them, not closed under the key hierarchy (EGFR:L858R required does not add EGFR): a user closes them with
 * {@link BiomarkerVocabulary#withAncestors} / {@link BiomarkerVocabulary#withDescendants} where it needs to.
 */
final class BiomarkerCriteria {

    private BiomarkerCriteria() {
    }

    static void read(CriterionText criterion, BiomarkerVocabulary vocabulary, List<TrialCriterion> out) {
        BiomarkerMentions mentions = BiomarkerMentions.inCriterion(criterion.text(), criterion.exclusionSection(),
                vocabulary);
        add(mentions, criterion.text(), out);
    }

    static void fromFields(TrialEligibility trial, BiomarkerVocabulary vocabulary, List<TrialCriterion> out) {
        if (trial.title() != null) {
            add(BiomarkerMentions.inCriterion(trial.title(), false, vocabulary),
                    "title: " + CriterionText.collapse(trial.title()), out);
        }
        for (String condition : trial.conditions()) {
            add(BiomarkerMentions.inCriterion(condition, false, vocabulary),
                    "condition: " + CriterionText.collapse(condition), out);
        }
    }

    private static void add(BiomarkerMentions mentions, String evidence, List<TrialCriterion> out) {
        for (String key : mentions.requiredKeys()) {
            out.add(new TrialCriterion(CriterionType.BIOMARKER, false, key, null, null, evidence));
        }
        for (String key : mentions.excludedKeys()) {
            out.add(new TrialCriterion(CriterionType.BIOMARKER, true, key, null, null, evidence));
        }
    }
}
