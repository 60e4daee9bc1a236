package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One eligibility criterion as the extractor reads it: its text as written (Markdown escapes removed, whitespace
 * collapsed; the evidence), the same in lower case (what the patterns read), and whether it stood among the exclusion
 * criteria. Not shared between threads (its sentences are cut once, on first use).
 */
final class CriterionText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[A-Z\\u00c4\\u00d6\\u00dc(])");

    private final String text;
    private final String lower;
    private final boolean exclusionSection;
    private List<String> sentences;

    CriterionText(String text, String lower, boolean exclusionSection) {
        this.text = text;
        this.lower = lower;
        this.exclusionSection = exclusionSection;
    }

    static CriterionText of(String raw, boolean exclusionSection) {
        String text = collapse(raw.indexOf('\\') < 0 ? raw : EligibilityTextParser.unescapeMarkdown(raw));
        return new CriterionText(text, text.toLowerCase(Locale.ROOT), exclusionSection);
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    boolean exclusionSection() {
        return exclusionSection;
    }

    /** The sentences of the criterion, in lower case ("Known CNS metastases. Treated ones are allowed."). */
    List<String> lowerSentences() {
        if (sentences == null) {
            List<String> split = new ArrayList<>();
            for (String s : SENTENCE_END.split(text)) {
                split.add(s.toLowerCase(Locale.ROOT));
            }
            sentences = List.copyOf(split);
        }
        return sentences;
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
