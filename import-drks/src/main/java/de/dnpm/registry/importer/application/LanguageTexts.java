package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.TrialText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers a record's free texts per language as a source spreads them over several blocks (DRKS keeps titles,
 * criteria, outcomes and arms in separate per-locale arrays), and builds one {@link TrialText} per language.
 */
public final class LanguageTexts {

    /** The texts of one language while they are gathered; unset fields stay null. */
    public static final class Text {
        public String briefTitle;
        public String officialTitle;
        public String acronym;
        public String briefSummary;
        public String detailedDescription;
        public final List<String> conditions = new ArrayList<>();
        public String inclusionCriteria;
        public String exclusionCriteria;
        public String primaryOutcome;
        public String secondaryOutcome;
        public final List<String> arms = new ArrayList<>();

        TrialText build(String language) {
            return new TrialText(language, briefTitle, officialTitle, acronym, briefSummary, detailedDescription,
                    conditions, inclusionCriteria, exclusionCriteria, primaryOutcome, secondaryOutcome, arms);
        }
    }

    private final Map<String, Text> byLanguage = new LinkedHashMap<>();

    /** The texts of {@code language} (an ISO 639-1 code, lower-cased; null for unknown), created on first use. */
    public Text in(String language) {
        String key = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        return byLanguage.computeIfAbsent(key, k -> new Text());
    }

    /** One text per language, in the order the languages were first met. */
    public List<TrialText> build() {
        List<TrialText> texts = new ArrayList<>();
        byLanguage.forEach((language, text) -> texts.add(text.build(language)));
        return List.copyOf(texts);
    }

    /** The text the record's top-level fields take: English where there is English, else the first language. */
    public static TrialText preferred(List<TrialText> texts) {
        return texts.stream().filter(t -> "en".equals(t.language())).findFirst()
                .orElse(texts.isEmpty() ? build(null) : texts.getFirst());
    }

    private static TrialText build(String language) {
        return new Text().build(language);
    }

    /** Inclusion and exclusion criteria as one criteria text, labelled, for {@code Eligibility.criteria}. */
    public static String combinedCriteria(TrialText text) {
        String in = text.inclusionCriteria();
        String ex = text.exclusionCriteria();
        boolean german = "de".equals(text.language());
        StringBuilder s = new StringBuilder();
        if (in != null && !in.isBlank()) {
            s.append(german ? "Einschlusskriterien:\n" : "Inclusion Criteria:\n").append(in.strip());
        }
        if (ex != null && !ex.isBlank()) {
            if (!s.isEmpty()) {
                s.append("\n\n");
            }
            s.append(german ? "Ausschlusskriterien:\n" : "Exclusion Criteria:\n").append(ex.strip());
        }
        return s.isEmpty() ? null : s.toString();
    }
}
