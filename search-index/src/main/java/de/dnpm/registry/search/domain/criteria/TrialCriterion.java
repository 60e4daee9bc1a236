package de.dnpm.registry.search.domain.criteria;

import java.util.Objects;

/**
 * One criterion read out of a trial's record, with the sentence it came from ({@code evidence}: the criterion's text as
 * the registry wrote it, or the registry field's name and value for structured fields such as age and sex).
 * {@code exclusion} is true when the criterion keeps patients out (it stood among the exclusion criteria, or said so
 * itself). See {@link CriterionType} for what {@code key}, {@code lower} and {@code upper} hold per type.
 */
public record TrialCriterion(CriterionType type, boolean exclusion, String key, Integer lower, Integer upper,
                             String evidence) {

    public TrialCriterion {
        Objects.requireNonNull(type, "type");
        evidence = evidence == null ? "" : evidence;
    }
}
