package de.dnpm.registry.search.infrastructure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for operators typed in lower case or in German: in plain text, "not", "ohne", "nicht" and "kein(e)" between
 * two words exclude what follows, "or" and "oder" join alternatives — as NOT and OR in capitals do. "egfr not
 * osimertinib" means trials about EGFR without osimertinib, never the osimertinib trials (a stop word "not" used to
 * vanish and turn the query into its opposite). The text as read is shown to the user. Text that already uses query
 * syntax is left as typed: whoever writes syntax means it.
 */
final class SpokenOperators {

    private static final Map<String, String> OPERATORS = Map.of("not", "NOT", "ohne", "NOT", "nicht", "NOT",
            "kein", "NOT", "keine", "NOT", "or", "OR", "oder", "OR");
    // an operator word with a word before and after it
    private static final Pattern BETWEEN_WORDS = Pattern.compile(
            "(?<=[\\p{L}\\p{N}]\\s)(?i:(not|ohne|nicht|keine?|or|oder))(?=\\s+[\\p{L}\\p{N}])");

    private SpokenOperators() {
    }

    /** The text with its spoken operators in capitals, or the text itself when it has none or uses syntax. */
    static String read(String text) {
        if (text == null || StudyTextQueryParser.usesSyntax(text)) {
            return text;
        }
        Matcher m = BETWEEN_WORDS.matcher(text.strip().replaceAll("\\s+", " "));
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            m.appendReplacement(out, OPERATORS.get(m.group(1).toLowerCase(Locale.ROOT)));
            found = true;
        }
        m.appendTail(out);
        return found ? out.toString() : text;
    }
}
