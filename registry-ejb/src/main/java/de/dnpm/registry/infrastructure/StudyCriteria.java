package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyText;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriteriaExtractor;
import de.dnpm.registry.search.domain.criteria.TrialEligibility;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The eligibility criteria of a study, read out of its fields by one shared {@link TrialCriteriaExtractor}: stored on
 * the study when its record is imported or changes (the database is the truth), and given to the index as stored, or
 * read again when the stored ones come from an older extractor. A study the extractor fails on keeps no criteria (it
 * is then found by no match) rather than failing its import.
 */
public final class StudyCriteria {

    private static final System.Logger LOG = System.getLogger(StudyCriteria.class.getName());
    private static final java.util.concurrent.atomic.AtomicBoolean FAILURE_LOGGED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static volatile Shared shared;

    /* The dictionary is released when the application undeploys; a new one means a new extractor. */
    private record Shared(ConceptDictionary dictionary, TrialCriteriaExtractor extractor) {
    }

    private StudyCriteria() {
    }

    /** Reads the study's criteria and stores them on it, with the extractor's version. */
    public static void extractInto(Study study) {
        extract(study).ifPresent(criteria -> study.setExtractedCriteria(criteria.encode(),
                TrialCriteriaExtractor.VERSION));
    }

    /** The study's criteria for the index: as stored when read by the current extractor, else read again. */
    public static TrialCriteria current(Study study) {
        Integer version = study.getCriteriaVersion();
        if (version != null && version >= TrialCriteriaExtractor.VERSION && study.getExtractedCriteria() != null) {
            try {
                return TrialCriteria.decode(study.getExtractedCriteria());
            } catch (RuntimeException unreadable) {
                LOG.log(System.Logger.Level.WARNING, "The stored criteria of study {0} cannot be read ({1}); reading"
                        + " them out of the record again", study.getId(), unreadable.toString());
            }
        }
        return extract(study).orElse(TrialCriteria.NONE);
    }

    private static java.util.Optional<TrialCriteria> extract(Study study) {
        try {
            return java.util.Optional.of(extractor().extract(eligibilityOf(study)));
        } catch (RuntimeException e) {
            // once per application: a failing extractor would otherwise log every study of a large import
            if (FAILURE_LOGGED.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.WARNING, "Reading the criteria of study " + study.getId() + " ("
                        + study.getPrimaryRegistryId() + ") failed; such studies keep no criteria", e);
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * What the extractor reads: the registry's structured fields, the English (main) criteria text, and the criteria
     * of every other language (DRKS's German, its exclusion criteria headed as EligibilitySections expects).
     */
    public static TrialEligibility eligibilityOf(Study study) {
        List<String> other = study.getTexts().stream()
                .filter(t -> t.language() != null && !t.language().equalsIgnoreCase("en"))
                .map(StudyCriteria::criteriaText).filter(Objects::nonNull).toList();
        List<String> conditions = Stream.concat(study.getConditions().stream(), study.getTexts().stream()
                        .filter(t -> t.language() != null && !t.language().equalsIgnoreCase("en"))
                        .flatMap(t -> t.conditions().stream()))
                .filter(Objects::nonNull).distinct().toList();
        String title = study.getBriefTitle() != null ? study.getBriefTitle() : study.getOfficialTitle();
        return new TrialEligibility(title, conditions,
                study.getConditionCodes().stream().map(ConditionCode::getTerm).filter(Objects::nonNull).toList(),
                List.copyOf(study.getKeywords()), study.getEligibility().getMinimumAgeDays(),
                study.getEligibility().getMaximumAgeDays(), study.getEligibility().getSex(),
                study.getEligibility().getCriteria(), other);
    }

    private static String criteriaText(StudyText text) {
        String exclusion = text.exclusionCriteria() == null || text.exclusionCriteria().isBlank() ? null
                : "Ausschlusskriterien:\n" + text.exclusionCriteria();
        return Stream.of(text.inclusionCriteria(), exclusion).filter(Objects::nonNull)
                .reduce((a, b) -> a + "\n\n" + b).orElse(null);
    }

    private static TrialCriteriaExtractor extractor() {
        ConceptDictionary dictionary = ConceptDictionaryLoader.shared();
        Shared current = shared;
        if (current == null || current.dictionary() != dictionary) {
            current = new Shared(dictionary, new TrialCriteriaExtractor(dictionary, BiomarkerVocabulary.standard(),
                    TherapyVocabulary.standard()));
            shared = current;
        }
        return current.extractor();
    }
}
