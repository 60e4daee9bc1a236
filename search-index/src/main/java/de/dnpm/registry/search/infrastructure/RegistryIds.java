package de.dnpm.registry.search.infrastructure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form of a registry id, used when indexing and when searching, so "nct06576635", "DRKS 00012345" and
 * "2006‑002087‑26" (typed with a non-ASCII hyphen) find the ids the registries print.
 */
public final class RegistryIds {

    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign: all typed or pasted in place of '-'.
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Punctuation a user puts around an id in a sentence ("NCT06576635,"), never part of one. Parentheses are
    // handled apart: some sponsor ids end in one ("RS1466/21(2477)").
    private static final Pattern WRAPPING = Pattern.compile("^[\\s\"'\\[{<,;.:]+|[\\s\"'\\]}>,;.:]+$");

    private RegistryIds() {
    }

    /** Upper case, ASCII hyphens, no spaces (the importer writes "DRKS 00012345" as "DRKS00012345" too). */
    public static String normalise(String id) {
        String unwrapped = unwrap(id);
        String hyphenated = DASHES.matcher(unwrapped).replaceAll("-");
        return SPACES.matcher(hyphenated).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String unwrap(String text) {
        String previous;
        String current = text;
        do {
            previous = current;
            current = WRAPPING.matcher(current).replaceAll("");
            long open = current.chars().filter(c -> c == '(').count();
            long close = current.chars().filter(c -> c == ')').count();
            if (current.startsWith("(") && open > close) {
                current = current.substring(1);
            } else if (current.endsWith(")") && close > open) {
                current = current.substring(0, current.length() - 1);
            } else if (current.startsWith("(") && current.endsWith(")") && open == 1 && close == 1) {
                current = current.substring(1, current.length() - 1);
            }
        } while (!current.equals(previous));
        return current;
    }

    /*
     * The shapes of the public registries' numbers (ClinicalTrials.gov, DRKS, EudraCT / EU CT and the EU register,
     * ISRCTN, UTN and the other WHO primary registries), in normal form. Only these answer a query with one study
     * alone: a sponsor's or another free-text id ("CRC", "University of Iowa") is searched like any word.
     */
    private static final Pattern PUBLIC_ID = Pattern.compile(
            "NCT\\d{8}|DRKS\\d{8}|ISRCTN\\d{8}|(?:EUCTR|CTIS)?\\d{4}-\\d{6}-\\d{2}(?:-\\d{2}|-[A-Z]{2,3})?"
                    + "|U\\d{4}-\\d{4}-\\d{4}|ACTRN\\d{14}|CHICTR-?[A-Z0-9-]{8,}|CTRI/\\d{4}/\\d{2,3}/\\d{6}"
                    + "|IRCT\\d{6,}(?:N\\d+)?|(?:JPRN-)?(?:UMIN\\d{9}|JRCTS?\\d{9,10}|JAPICCTI-\\d{6})|KCT\\d{7}"
                    + "|PACTR\\d{15}|RBR-[0-9A-Z]{6,8}|SLCTR/\\d{4}/\\d{3}|TCTR\\d{11}|NTR\\d{1,5}|NL-OMON\\d{1,6}"
                    + "|NL\\d{4,5}|LBCTR\\d{10}|ITMCTR\\d{10,}|RPCEC\\d{8}|PER-\\d{3}-\\d{2}");

    /** Whether a normalised id has the shape of a public registry's number (see {@link #normalise}). */
    public static boolean isPublicRegistryId(String normalised) {
        return PUBLIC_ID.matcher(normalised).matches();
    }

    /** Whether a word of a query could be an id: every registry id contains a digit, ordinary words rarely do. */
    public static boolean couldBeId(String word) {
        return word.length() >= 4 && word.chars().anyMatch(Character::isDigit);
    }
}
