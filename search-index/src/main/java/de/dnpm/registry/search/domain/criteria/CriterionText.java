package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One eligibility criterion as the extractor reads it: its text as written (Markdown escapes removed, whitespace
 * collapsed; the evidence), the same in lower case (what the patterns read), and whether it stood among the exclusion
 * criteria.
 */
record CriterionText(String text, String lower, boolean exclusionSection) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[A-Z\\u00c4\\u00d6\\u00dc(])");

    static CriterionText of(String raw, boolean exclusionSection) {
        String text = collapse(EligibilityTextParser.unescapeMarkdown(raw));
        return new CriterionText(text, text.toLowerCase(Locale.ROOT), exclusionSection);
    }

    /** The sentences of the criterion, in lower case ("Known CNS metastases. Treated ones are allowed."). */
    List<String> lowerSentences() {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            sentences.add(s.toLowerCase(Locale.ROOT));
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
