package de.dnpm.registry.search.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eligibility criteria split where the exclusion criteria begin, as registries head them ("Exclusion Criteria:",
 * "Key Exclusion Criteria", "EXCLUSION CRITERIA", "Ausschlusskriterien:"). A disease or marker named before that
 * heading is asked for; named after it, it rules a patient out, so the index keeps the two apart. Text without such a
 * heading is all inclusion.
 */
public record EligibilitySections(String inclusion, String exclusion) {

    private static final Pattern EXCLUSION_HEADING = Pattern.compile(
            "(?im)^[\\s\\-*•]*(?:key\\s+|main\\s+|major\\s+)?(?:exclusion\\s+criteria|ausschlusskriterien)\\b");

    public static EligibilitySections of(String criteria) {
        if (criteria == null || criteria.isBlank()) {
            return new EligibilitySections("", "");
        }
        Matcher heading = EXCLUSION_HEADING.matcher(criteria);
        if (!heading.find()) {
            return new EligibilitySections(criteria, "");
        }
        return new EligibilitySections(criteria.substring(0, heading.start()), criteria.substring(heading.start()));
    }
}
