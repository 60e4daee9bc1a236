package de.dnpm.registry.search.domain.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Comparison words and signs as criteria write them ("≥", "\>=", "at least", "mindestens", "or older"). */
enum Comparison {
    GE, GT, LE, LT, EQ;

    /** A comparison before a number: the operator, as a regular expression group (use {@link #of}). */
    static final String BEFORE = "(≥|≧|>=|=>|⩾|>|≤|≦|<=|=<|⩽|<|=|"
            + "greater than or equal to|greater than or equal|equal to or greater than|equal or greater than"
            + "|more than or equal to|at least|of at least|minimum(?: of)?|no less than|not less than"
            + "|greater than|more than|higher than|over|above|older than|exceeding"
            + "|less than or equal to|equal to or less than|equal or less than|no more than|not more than|at most"
            + "|maximum(?: of)?|up to|no greater than|not greater than|no higher than|not exceeding"
            + "|less than|lower than|below|under|younger than|fewer than"
            + "|mindestens|ab|über|größer als|groesser als|höchstens|maximal|bis|unter|kleiner als|jünger als|älter als)";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static Comparison of(String word) {
        String w = SPACES.matcher(word.strip()).replaceAll(" ");
        return switch (w) {
            case "≥", "≧", ">=", "=>", "⩾", "greater than or equal to", "greater than or equal",
                 "equal to or greater than", "equal or greater than", "more than or equal to", "at least",
                 "of at least", "minimum", "minimum of", "no less than", "not less than", "mindestens", "ab" -> GE;
            case ">", "greater than", "more than", "higher than", "over", "above", "older than", "exceeding",
                 "über", "größer als", "groesser als", "älter als" -> GT;
            case "≤", "≦", "<=", "=<", "⩽", "less than or equal to", "equal to or less than", "equal or less than",
                 "no more than", "not more than", "at most", "maximum", "maximum of", "up to", "no greater than",
                 "not greater than", "no higher than", "not exceeding", "höchstens", "maximal", "bis" -> LE;
            case "<", "less than", "lower than", "below", "under", "younger than", "fewer than", "unter",
                 "kleiner als", "jünger als" -> LT;
            default -> EQ;
        };
    }

    /** The comparison that keeps out what this one names ("exclusion: ECOG ≥ 3" admits ECOG &lt; 3). */
    Comparison negated() {
        return switch (this) {
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case LT -> GE;
            case EQ -> EQ;
        };
    }

    /** [lower, upper] admitted by "this value" on integers; null for an open end. */
    Integer[] range(int value) {
        return switch (this) {
            case GE -> new Integer[] {value, null};
            case GT -> new Integer[] {value + 1, null};
            case LE -> new Integer[] {null, value};
            case LT -> new Integer[] {null, value - 1};
            case EQ -> new Integer[] {value, value};
        };
    }

    static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }
}
