package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityText;
import de.dnpm.registry.search.domain.criteria.EligibilityTextParser;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.domain.StudyText;

import java.util.List;
import java.util.Locale;

/**
 * A study's texts for one reader. DRKS gives German and English side by side: the reader's language comes first
 * (title, summary, criteria), the other languages follow in a section of their own; a study with texts in one language
 * only shows them once. Paragraphs are split for reading; escaping for HTML is the view's job.
 */
public final class ReaderTexts {

    private final StudyReadModel study;
    /** The texts shown first: in the reader's language when the registry gave it, else the study's main texts. */
    private final StudyText shown;
    private final List<LanguageText> otherLanguages;

    public ReaderTexts(StudyReadModel study, String readerLanguage) {
        this.study = study;
        this.shown = study.textIn(readerLanguage).orElse(null);
        String shownLanguage = shown != null ? shown.language()
                : study.texts().stream().filter(t -> study.title() != null && study.title().equals(t.briefTitle()))
                .map(StudyText::language).findFirst().orElse(null);
        this.otherLanguages = study.texts().size() < 2 ? List.of() : study.texts().stream()
                .filter(t -> t.language() == null || !t.language().equalsIgnoreCase(shownLanguage))
                .map(LanguageText::new).toList();
    }

    public String title() {
        return shown != null && shown.briefTitle() != null ? shown.briefTitle() : study.title();
    }

    public String officialTitle() {
        return shown != null && shown.officialTitle() != null ? shown.officialTitle() : study.officialTitle();
    }

    public List<String> summary() {
        return Paragraphs.of(shown != null && shown.briefSummary() != null ? shown.briefSummary()
                : study.briefSummary());
    }

    public List<String> description() {
        return Paragraphs.of(shown != null && shown.detailedDescription() != null ? shown.detailedDescription()
                : study.detailedDescription());
    }

    /** The conditions in the reader's language where the registry gave them (DRKS), else as the study lists them. */
    public List<String> conditions() {
        return shown != null && !shown.conditions().isEmpty() ? shown.conditions() : study.conditions();
    }

    /** The language of the texts shown first (for the {@code lang} attribute), null if unknown. */
    public String shownLanguage() {
        return shown != null ? shown.language() : null;
    }

    public List<LanguageText> otherLanguages() {
        return otherLanguages;
    }

    /**
     * The criteria in the reader's language where the registry gave them apart (DRKS), under the headings the parser
     * knows; otherwise the study's criteria text as written.
     */
    public EligibilityText eligibility() {
        if (shown == null || (shown.inclusionCriteria() == null && shown.exclusionCriteria() == null)) {
            return EligibilityTextParser.parse(study.eligibility().criteria());
        }
        StringBuilder text = new StringBuilder();
        if (shown.inclusionCriteria() != null) {
            text.append("Inclusion Criteria:\n").append(shown.inclusionCriteria().strip()).append("\n\n");
        }
        if (shown.exclusionCriteria() != null) {
            text.append("Exclusion Criteria:\n").append(shown.exclusionCriteria().strip());
        }
        return EligibilityTextParser.parse(text.toString().strip());
    }

    /** One language's texts, split into paragraphs. */
    public record LanguageText(StudyText text, List<String> summary, List<String> inclusion, List<String> exclusion) {
        LanguageText(StudyText text) {
            this(text, Paragraphs.of(text.briefSummary()), Paragraphs.of(text.inclusionCriteria()),
                    Paragraphs.of(text.exclusionCriteria()));
        }

        /** The language's name in the reader's language ("Englisch", "German"). */
        public String languageName(Locale reader) {
            return text.language() == null ? "" : Locale.of(text.language()).getDisplayLanguage(reader);
        }
    }
}
