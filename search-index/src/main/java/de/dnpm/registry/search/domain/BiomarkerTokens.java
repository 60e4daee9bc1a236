package de.dnpm.registry.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Trial text and queries as the {@link BiomarkerReader} and the {@link BiomarkerVocabulary} see them: words, numbers,
 * signs and punctuation, each with a folded form (lower case, no diacritics) and a stem (no plural endings), so that
 * "Mutationen", "mutations" and "mutation" meet while "EGFR" and "eGFR" stay apart in their original text.
 */
final class BiomarkerTokens {

    /**
     * A token: {@code folded} is lower case without diacritics, {@code stem} also without plural endings;
     * {@code joined}: attached to the token before by a hyphen ("1-49"); {@code sentenceEnd}: a full stop that ends a
     * sentence, not one in "e.g.".
     */
    record Token(String text, String folded, String stem, boolean spaceBefore, boolean joined, boolean sentenceEnd) {
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\([^\\p{Alnum}\\s])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "etc", "approx", "incl", "ca", "bzw", "resp", "sog",
            "dr", "fig", "no", "nr", "max", "min", "mg", "ml");

    private BiomarkerTokens() {
    }

    /** The tokens of a spelling in the vocabulary: as of any text, but a lone "+" or "-" is the sign itself. */
    static List<Token> spellingTokens(String spelling) {
        if (spelling.equals("+") || spelling.equals("-")) {
            return List.of(new Token(spelling, spelling, spelling, false, false, false));
        }
        return tokens(spelling);
    }

    /**
     * Words and numbers ("L858R", "1.73", "CLDN18.2"), signs and punctuation. A hyphen inside a word only separates
     * ("EGFR-mutant" is EGFR, mutant); one that ends a word is a minus ("HER2-", "ER-/PR-"). A "+" after a word is a
     * plus ("ALK+", "3+"); one between spaces joins ("G719X + S768I") and becomes "&".
     */
    static List<Token> tokens(String raw) {
        String text = clean(raw);
        List<Token> tokens = new ArrayList<>();
        boolean space = true;
        boolean joined = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                joined = false;
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(text.charAt(j - 1))
                            && Character.isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(token(text.substring(i, j), space, joined, false));
                i = j;
            } else if (c == '-') {
                boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean beforeWord = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                i++;
                if (afterWord && beforeWord) {
                    joined = true;
                    continue;
                }
                if (afterWord) {
                    tokens.add(token("-", false, false, false));
                }
                // else a dash before a word: a bullet or a separator
                continue;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                joined = true; // BCR::ABL1
                i += 2;
                continue;
            } else if ((c == ';' || c == ':') && i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                tokens.add(token("/", false, false, false)); // a karyotype, t(9;22), ends no clause
                i++;
            } else if (c == '+') {
                boolean spaced = space && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
                tokens.add(token(spaced && i > 0 ? "&" : "+", space, false, false));
                i++;
            } else if ((c == '>' || c == '<') && i + 1 < n && text.charAt(i + 1) == '=') {
                tokens.add(token(c + "=", space, false, false));
                i += 2;
            } else if (c == '=' && i + 1 < n && (text.charAt(i + 1) == '<' || text.charAt(i + 1) == '>')) {
                tokens.add(token(text.substring(i, i + 2), space, false, false));
                i += 2;
            } else if (c == '.') {
                boolean end = (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && !abbreviated(tokens);
                tokens.add(token(".", space, false, end));
                i++;
            } else {
                tokens.add(token(String.valueOf(c), space, false, false));
                i++;
            }
            space = false;
            joined = false;
        }
        return tokens;
    }

    // "e.g.", "i.e.", "z.B.", "vs.": no sentence ends there
    private static boolean abbreviated(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).folded();
        return last.length() == 1 && Character.isLetter(last.charAt(0)) || ABBREVIATIONS.contains(last);
    }

    private static Token token(String text, boolean space, boolean joined, boolean sentenceEnd) {
        String folded = fold(text);
        return new Token(text, folded, stem(folded), space, joined, sentenceEnd);
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    // Plural and inflection endings off ("mutations", "Mutationen"), but never off a gene symbol: short words and
    // words with digits stay as they are ("KRAS" must not become "kra").
    private static String stem(String folded) {
        if (folded.length() < 5 || !folded.chars().allMatch(Character::isLetter)) {
            return folded;
        }
        return TermKey.fold(folded);
    }

    /**
     * Registry markup undone: CT.gov escapes "<" as "\<", some records hold HTML entities ("&lt;"); dashes, minus
     * signs and full-width punctuation (Chinese sponsors' "；", "：") become their ASCII forms.
     */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("&lt;", "<").replace("&gt;", ">").replace("&le;", "≤").replace("&ge;", "≥")
                .replace("&amp;", "&").replace("&nbsp;", " ");
        text = ESCAPE.matcher(text).replaceAll("$1");
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D' -> "-";
                case '\u2014' -> ", ";
                case '\uFF0B' -> "+";
                case '\uFF08' -> "(";
                case '\uFF09' -> ")";
                case '\uFF0C', '\u3001' -> ", ";
                // a full-width stop or semicolon ends the clause whether or not a space follows
                case '\uFF1B' -> "; ";
                case '\uFF1A' -> ": ";
                case '\u3002' -> ". ";
                case '\u2267', '\u2A7E' -> "≥";
                case '\u2266', '\u2A7D' -> "≤";
                case '\u00A0' -> " ";
                default -> String.valueOf(c);
            });
        }
        return clean.toString();
    }
}
