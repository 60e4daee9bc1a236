package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.importer.domain.Outcome;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.TrialText;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What both ClinicalTrials.gov formats add to the neutral record beyond their own fields: the one English
 * {@link TrialText} (ClinicalTrials.gov is English only) and the recruitment countries from the sites.
 */
final class CtgovTexts {

    private CtgovTexts() {
    }

    /**
     * The English text of a study. Inclusion and exclusion criteria stay null: ClinicalTrials.gov has one criteria
     * text ({@code Eligibility.criteria}) whose split into the two is the author's layout, not a field.
     */
    static TrialText english(String briefTitle, String officialTitle, String acronym, String briefSummary,
                             String detailedDescription, List<String> conditions, List<Outcome> outcomes,
                             List<String> arms) {
        return new TrialText("en", briefTitle, officialTitle, acronym, briefSummary, detailedDescription, conditions,
                null, null, measures(outcomes, Outcome.Kind.PRIMARY), measures(outcomes, Outcome.Kind.SECONDARY),
                arms);
    }

    /** The ISO codes of the sites' countries (the mappers already wrote codes where known), each once. */
    static List<String> countries(List<Site> sites) {
        return CountryCodes.distinctCodes(sites.stream().map(Site::country).filter(Objects::nonNull).toList());
    }

    /** An arm as "label: description", or whichever of the two is given. */
    static String arm(String label, String description) {
        if (label == null || label.isBlank()) {
            return description == null || description.isBlank() ? null : description;
        }
        return description == null || description.isBlank() ? label : label + ": " + description;
    }

    private static String measures(List<Outcome> outcomes, Outcome.Kind kind) {
        String text = outcomes.stream().filter(o -> o.kind() == kind).map(Outcome::measure).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }
}
