package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ECOG performance status a trial admits: "ECOG performance status 0-1", "ECOG PS ≤ 2", "ECOG 0, 1 or 2", "WHO
 * performance status 0 or 1", "ECOG-Status ≤ 2", and Karnofsky (or Lansky) converted by the standard table (Oken et al.
 * 1982: ECOG 0 = KPS 100, 1 = 80–90, 2 = 60–70, 3 = 40–50, 4 = 20–30), so "Karnofsky ≥ 70" admits ECOG ≤ 2. The
 * criterion holds the admitted range, also when the text stood among the exclusion criteria ("Exclusion: ECOG ≥ 3"
 * gives upper 2, {@code exclusion} false); both ends are always set (0 and 5 where the text leaves one open). A
 * sentence that is not clear gives nothing.
 */
final class EcogCriteria {

    private static final Pattern ECOG = Pattern.compile("\\b(?:ecog|eastern cooperative oncology group|zubrod"
            + "|who(?= performance| ps\\b|-ps\\b| ecog|-performance|/ecog))\\b");
    private static final Pattern KARNOFSKY = Pattern.compile("\\b(?:karnofsky|kps|lansky)\\b");
    private static final String FILLER = "(?:\\s|performance|status|scale|score|level|grade|\\(ps\\)|ps|-ps|\\bof\\b"
            + "|:|=|-status|-performance|leistungsstatus|-leistungsstatus|\\(ecog\\)|\\(who\\)|/who|/ecog|who|ecog|ps"
            + "|index|\\(kps\\)|kps|\\(%\\)|must be|should be|has to be|von|\\bis\\b|\\bbetween\\b|zwischen|\\(|\\))*";
    private static final Pattern LIST = Pattern.compile("^" + FILLER
            + "([0-5])((?:\\s*(?:,|-|–|—|to|bis|or|and|oder|und|/|,? or|,? and)\\s*[0-5](?![0-9%.]))+)"
            + "(?!\\s*(?:%|weeks?|months?|years?|days?|wochen|monate|jahre))");
    private static final Pattern OPERATOR_FIRST = Pattern.compile("^" + FILLER + Comparison.BEFORE
            + "\\s*([0-5])(?![0-9%.,])");
    private static final Pattern OPERATOR_AFTER = Pattern.compile("^" + FILLER
            + "([0-5])\\s*(or less|or lower|or below|or better|or fewer|oder weniger|oder besser|or more|or greater"
            + "|or higher|or worse|oder mehr|oder höher|oder schlechter)\\b");
    private static final Pattern KPS_VALUE = Pattern.compile("^" + FILLER + Comparison.BEFORE
            + "\\s*(\\d{2,3})\\s*%?(?:\\s*(?:-|–|to|bis)\\s*100\\s*%?)?");
    private static final Pattern KPS_RANGE = Pattern.compile("^" + FILLER + "(\\d{2,3})\\s*%?\\s*(?:-|–|to|bis)\\s*100\\b");
    private static final Pattern KPS_AFTER = Pattern.compile("^" + FILLER
            + "(\\d{2,3})\\s*%?\\s*(or more|or greater|or higher|or above|oder mehr|oder höher)\\b");
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|not|without|kein|keine|nicht)\\s+(?:\\w+\\s+){0,2}$");
    private static final int WINDOW = 90;
    private static final int MAX = 5;

    private EcogCriteria() {
    }

    static void read(CriterionText criterion, List<TrialCriterion> out) {
        String lower = criterion.lower();
        boolean ecog = lower.contains("ecog") || lower.contains("performance") || lower.contains("zubrod");
        boolean kps = lower.contains("karnofsky") || lower.contains("kps") || lower.contains("lansky");
        if (!ecog && !kps) {
            return;
        }
        Integer[] range = ecog ? ecog(lower) : null;
        if (range != null && criterion.exclusionSection()) {
            range = admittedByExclusion(range);
        }
        if (range == null && kps) {
            range = karnofsky(lower, criterion.exclusionSection());
        }
        if (range == null || range[0] == null && range[1] == null) {
            return;
        }
        out.add(new TrialCriterion(CriterionType.ECOG, false, null, range[0] == null ? 0 : range[0],
                range[1] == null ? MAX : range[1], criterion.text()));
    }

    /** Exclusion "ECOG ≥ 3" (3–5) admits 0–2; an exclusion range not at the top end says nothing clear. */
    private static Integer[] admittedByExclusion(Integer[] excluded) {
        if (excluded[0] != null && (excluded[1] == null || excluded[1] >= 4) && excluded[0] > 0) {
            return new Integer[] {null, excluded[0] - 1};
        }
        if (excluded[1] != null && excluded[0] == null && excluded[1] < 5) {
            return new Integer[] {excluded[1] + 1, null};
        }
        return null;
    }

    private static Integer[] ecog(String lower) {
        Matcher anchor = ECOG.matcher(lower);
        List<Integer[]> found = new ArrayList<>();
        while (anchor.find()) {
            if (NEGATED.matcher(lower.substring(Math.max(0, anchor.start() - 30), anchor.start())).find()) {
                return null;
            }
            String after = lower.substring(anchor.end(), Math.min(lower.length(), anchor.end() + WINDOW));
            Integer[] range = value(after);
            if (range != null) {
                found.add(range);
            }
        }
        if (found.size() != 1) {
            // "ECOG 0-1 for part A, 0-2 for part B": not one range
            return found.isEmpty() || !allSame(found) ? null : found.getFirst();
        }
        return found.getFirst();
    }

    private static boolean allSame(List<Integer[]> ranges) {
        for (Integer[] r : ranges) {
            if (!java.util.Objects.equals(r[0], ranges.getFirst()[0])
                    || !java.util.Objects.equals(r[1], ranges.getFirst()[1])) {
                return false;
            }
        }
        return true;
    }

    private static Integer[] value(String after) {
        Matcher list = LIST.matcher(after);
        if (list.find()) {
            int min = Integer.parseInt(list.group(1));
            int max = min;
            Matcher digits = Pattern.compile("[0-5]").matcher(list.group(2));
            while (digits.find()) {
                int d = Integer.parseInt(digits.group());
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            return new Integer[] {min, max};
        }
        Matcher op = OPERATOR_FIRST.matcher(after);
        if (op.find()) {
            Comparison c = Comparison.of(op.group(1));
            if (c == Comparison.EQ) {
                return null;
            }
            return clamp(c.range(Integer.parseInt(op.group(2))));
        }
        Matcher opAfter = OPERATOR_AFTER.matcher(after);
        if (opAfter.find()) {
            int v = Integer.parseInt(opAfter.group(1));
            String w = opAfter.group(2);
            boolean less = w.contains("less") || w.contains("lower") || w.contains("below") || w.contains("better")
                    || w.contains("fewer") || w.contains("weniger") || w.contains("besser");
            return less ? new Integer[] {null, v} : new Integer[] {v, null};
        }
        return null;
    }

    private static Integer[] clamp(Integer[] range) {
        if (range[0] != null && range[0] <= 0) {
            range[0] = null;
        }
        if (range[1] != null && range[1] >= 5) {
            range[1] = null;
        }
        if (range[1] != null && range[1] < 0 || range[0] != null && range[0] > 5) {
            return null;
        }
        return range;
    }

    private static Integer[] karnofsky(String lower, boolean exclusion) {
        Matcher anchor = KARNOFSKY.matcher(lower);
        if (!anchor.find()) {
            return null;
        }
        if (NEGATED.matcher(lower.substring(Math.max(0, anchor.start() - 30), anchor.start())).find()) {
            return null;
        }
        String after = lower.substring(anchor.end(), Math.min(lower.length(), anchor.end() + WINDOW));
        Integer kps = null;
        Comparison c = null;
        Matcher range = KPS_RANGE.matcher(after);
        Matcher op = KPS_VALUE.matcher(after);
        Matcher opAfter = KPS_AFTER.matcher(after);
        if (range.find()) {
            kps = Integer.parseInt(range.group(1));
            c = Comparison.GE;
        } else if (op.find()) {
            kps = Integer.parseInt(op.group(2));
            c = Comparison.of(op.group(1));
        } else if (opAfter.find()) {
            kps = Integer.parseInt(opAfter.group(1));
            c = Comparison.GE;
        }
        if (kps == null || kps < 10 || kps > 100 || kps % 10 != 0) {
            return null;
        }
        // exclusion "KPS < 70" admits KPS ≥ 70
        Comparison admitted = exclusion ? c.negated() : c;
        return switch (admitted) {
            case GE -> new Integer[] {null, ecogAtKarnofsky(kps)};
            case GT -> new Integer[] {null, ecogAtKarnofsky(kps + 10)};
            default -> null;
        };
    }

    /** The ECOG grade of a Karnofsky score (Oken 1982): 100 → 0, 80–90 → 1, 60–70 → 2, 40–50 → 3, 20–30 → 4. */
    static int ecogAtKarnofsky(int kps) {
        if (kps >= 100) {
            return 0;
        }
        if (kps >= 80) {
            return 1;
        }
        if (kps >= 60) {
            return 2;
        }
        if (kps >= 40) {
            return 3;
        }
        return kps >= 20 ? 4 : 5;
    }
}
