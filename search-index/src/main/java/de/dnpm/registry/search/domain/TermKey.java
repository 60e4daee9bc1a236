package de.dnpm.registry.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form in which a typed phrase and a dictionary term are compared: case, diacritics and the German
 * umlaut spellings ("Leukämie", "Leukaemie", "leukamie"), British and American spelling ("leukaemia", "tumour"),
 * hyphens and spaces ("Mamma-Ca", "Mamma Ca"), possessives ("Crohn's") and the common plural endings of both
 * languages ("Leukämien", "cancers") all fold away. Keys are for comparison only, never shown.
 */
public final class TermKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // "Crohn's", "Alzheimer’s": the possessive goes, as in the English analysis chain of the index.
    private static final Pattern POSSESSIVE = Pattern.compile("['’`´]s\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    // Shorter stems would let unrelated words meet ("case" must not become "cas").
    private static final int MIN_STEM = 4;

    private TermKey() {
    }

    /** The key of a phrase: its folded tokens joined by single spaces; empty when nothing is left. */
    public static String of(String phrase) {
        return String.join(" ", tokens(phrase));
    }

    /**
     * The key of a phrase as someone types it who leaves out the umlaut dots ("Leukamie" for "Leukämie", "Osophagus"):
     * ä and ö become a and o instead of e. A dictionary registers its terms under both keys; a typed phrase is looked
     * up by {@link #of} alone. (ü needs no second key: ü, ue and u already meet.)
     */
    public static String ofDotless(String phrase) {
        return phrase == null ? "" : of(phrase.replace("ä", "a").replace("ö", "o").replace("Ä", "A").replace("Ö", "O"));
    }

    /** The folded tokens of a text, in order. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String plain = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        // The dictionary folds some 40,000 terms at start-up: skip what a plain ASCII term does not need.
        if (!isAscii(plain)) {
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        }
        if (APOSTROPHES.matcher(plain).find()) {
            plain = APOSTROPHES.matcher(POSSESSIVE.matcher(plain).replaceAll("")).replaceAll("");
        }
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean inWord = i < plain.length() && isAsciiAlphanumeric(plain.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(fold(plain.substring(start, i)));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * One token: umlaut spellings and the British "ae"/"oe" digraphs to one vowel (ä, ae → e; ö, oe → e; ü, ue → u, so
     * "Ösophagus", "oesophagus" and "esophagus" meet), plural and inflection endings off, British "-our" to "-or".
     * Words without letters (numbers) and abbreviations of up to three letters stay as they are.
     */
    static String fold(String token) {
        if (token.length() <= 3 || token.chars().noneMatch(Character::isLetter)) {
            return token;
        }
        String word = token.replace("ae", "e").replace("oe", "e").replace("ue", "u");
        String stem;
        do {
            stem = word;
            word = stripEnding(word);
        } while (!word.equals(stem));
        if (stem.length() >= 5 && stem.endsWith("our")) {
            stem = stem.substring(0, stem.length() - 2) + "r";
        }
        return stem;
    }

    // German (-en, -er, -ern, -e, -es, -s) and English (-s, -es, -ies) plural and case endings; applied until none is
    // left, so "cancers" and "cancer", "Tumoren" and "Tumor", "Kindern" and "Kinder" end on the same stem.
    private static String stripEnding(String word) {
        if (word.endsWith("ies") && word.length() - 2 >= MIN_STEM) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String ending : new String[] {"ern", "en", "er", "es", "e"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return ending.equals("ern") ? word.substring(0, word.length() - 1)
                        : word.substring(0, word.length() - ending.length());
            }
        }
        if (word.endsWith("s") && word.length() - 1 >= MIN_STEM) {
            char before = word.charAt(word.length() - 2);
            // "-ss", "-us", "-is" are no plurals: "abscess", "mellitus", "sclerosis".
            if (before != 's' && before != 'u' && before != 'i') {
                return word.substring(0, word.length() - 1);
            }
        }
        return word;
    }
}
