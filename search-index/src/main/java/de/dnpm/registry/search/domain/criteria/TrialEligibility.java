package de.dnpm.registry.search.domain.criteria;

import java.util.List;

/**
 * What the extractor reads of one trial: the registry's structured fields (ages in days, null = no limit; sex ALL,
 * FEMALE or MALE), its conditions and condition terms (MeSH), title, keywords, and the eligibility criteria texts —
 * {@code criteria} the main (English where the registry has English) text, {@code otherCriteria} those of other
 * languages (DRKS's German, exclusion criteria headed "Ausschlusskriterien:").
 */
public record TrialEligibility(String title, List<String> conditions, List<String> conditionTerms,
                               List<String> keywords, Integer minimumAgeDays, Integer maximumAgeDays, String sex,
                               String criteria, List<String> otherCriteria) {

    public TrialEligibility {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        conditionTerms = conditionTerms == null ? List.of() : List.copyOf(conditionTerms);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        otherCriteria = otherCriteria == null ? List.of() : List.copyOf(otherCriteria);
    }
}
