package de.dnpm.registry.search.domain.criteria;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age limits in days and the sex admitted. The registry's fields come first ("minimumAge: 18 Years"); the criteria
 * texts are read only when the trial has neither age field (DRKS, ICTRP): "aged 18 to 75 years", "≥ 18 years of age",
 * "18 years or older", "Alter ≥ 18 Jahre", "Patienten ab 18 Jahren", "volljährig"; an exclusion "age &gt; 75 years"
 * admits up to 75. Years count 365.25 days, as the importer counts the registries' fields (18 years = 6574 days).
 */
final class AgeCriteria {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final String YEARS = "(?:years?|yrs?|jahre[n]?|lebensjahr\\w*|j\\.)";
    private static final Pattern AGE_WORD = Pattern.compile("\\b(?:age[ds]?|old|alter|jährig\\w*|lebensjahr\\w*|"
            + "adults?|erwachsene\\w*|patients?|patient\\w*|participants?|subjects?|männer|frauen|men|women|"
            + "volljährig\\w*|jahren)\\b");
    private static final Pattern BETWEEN = Pattern.compile("\\b"
            + "(\\d{1,2})\\s*(?:-|–|to|and|und|bis)\\s*(\\d{1,3})\\s*" + YEARS);
    /** Both ends, each with its own operator: "≥ 25 and ≤ 75 years", "between \\>18 and \\<65 years". */
    private static final Pattern TWO_OPERATORS = Pattern.compile(Comparison.BEFORE + "\\s*(\\d{1,3})\\s*(?:" + YEARS
            + ")?\\s*(?:and|und|to|bis|-|–)\\s*" + Comparison.BEFORE + "\\s*(\\d{1,3})\\s*" + YEARS);
    private static final Pattern OPERATOR_FIRST = Pattern.compile(Comparison.BEFORE + "\\s*(\\d{1,3})\\s*" + YEARS);
    private static final Pattern OPERATOR_AFTER = Pattern.compile("(\\d{1,3})\\s*" + YEARS
            + "\\s*(?:of age|old|of age or|alt)?\\s*(?:or|and|oder|und)\\s*(older|above|over|more|greater|younger|"
            + "less|below|under|älter|jünger|mehr)\\b");
    private static final Pattern AGE_OPERATOR = Pattern.compile("\\b(?:age[ds]?|alter)\\s*(?:of\\s*|:\\s*|\\(years\\)\\s*)?"
            + Comparison.BEFORE + "\\s*(\\d{1,3})\\b(?!\\s*(?:%|kg|cm|mg|mm|weeks?|months?|days?))");
    private static final Pattern NEAR_AGE = Pattern.compile(
            "\\b(?:age[ds]?|old|alter|alt|jährig\\w*|lebensjahr\\w*|volljährig\\w*|(?:ab|über|unter) \\d{1,2} jahren)\\b");
    private static final Pattern NOT_AGE = Pattern.compile("\\b(?:ago|since|history|diagnos\\w*|duration|"
            + "follow-up|smok\\w*|pack|vor|seit|for at least|survival|life expectancy|lebenserwartung|donors?|"
            + "parents?|mothers?|fathers?|siblings?|caregivers?|partners?|spouses?|child(?:ren)? (?:of|under)|"
            + "spender\\w*)\\b");
    private static final Pattern NEGATED_START = Pattern.compile("^(?:no|not|none|kein\\w*)\\b");
    /** EudraCT's table of age groups ("F.1.2 Adults (18-64 years) yes F.1.3 Elderly (>=65 years) no"). */
    private static final Pattern AGE_TABLE = Pattern.compile("\\bf\\.1\\.\\d|subjects for this age range");
    private static final Pattern ADULT_DE = Pattern.compile("\\bvolljährig\\w*\\b");

    private AgeCriteria() {
    }

    static void structured(TrialEligibility trial, List<TrialCriterion> out) {
        if (trial.minimumAgeDays() != null || trial.maximumAgeDays() != null) {
            StringBuilder evidence = new StringBuilder();
            if (trial.minimumAgeDays() != null) {
                evidence.append("minimumAge: ").append(age(trial.minimumAgeDays()));
            }
            if (trial.maximumAgeDays() != null) {
                evidence.append(evidence.isEmpty() ? "" : "; ").append("maximumAge: ")
                        .append(age(trial.maximumAgeDays()));
            }
            Integer min = trial.minimumAgeDays() != null && trial.minimumAgeDays() > 0 ? trial.minimumAgeDays() : null;
            if (min != null || trial.maximumAgeDays() != null) {
                out.add(new TrialCriterion(CriterionType.AGE, false, null, min, trial.maximumAgeDays(),
                        evidence.toString()));
            }
        }
        String sex = trial.sex() == null ? "" : trial.sex().strip().toUpperCase(Locale.ROOT);
        String key = switch (sex) {
            case "FEMALE", "F", "WOMEN", "WEIBLICH" -> "FEMALE";
            case "MALE", "M", "MEN", "MÄNNLICH" -> "MALE";
            default -> null;
        };
        if (key != null) {
            out.add(new TrialCriterion(CriterionType.SEX, false, key, null, null, "sex: " + trial.sex().strip()));
        }
    }

    static boolean hasStructuredAge(TrialEligibility trial) {
        return trial.minimumAgeDays() != null || trial.maximumAgeDays() != null;
    }

    private static String age(int days) {
        double years = days / DAYS_PER_YEAR;
        long whole = Math.round(years);
        if (whole > 0 && Math.abs(years - whole) * DAYS_PER_YEAR < 1) {
            return whole + (whole == 1 ? " Year" : " Years");
        }
        return days + " Days";
    }

    /** Reads an age limit out of a criterion, for a trial without age fields; true when one was found. */
    static boolean read(CriterionText criterion, List<TrialCriterion> out) {
        String lower = criterion.lower();
        if (!(lower.contains("year") || lower.contains("jahr") || lower.contains("age") || lower.contains("alter")
                || lower.contains("volljähr") || lower.contains("yr")) || !AGE_WORD.matcher(lower).find()
                || AGE_TABLE.matcher(lower).find()) {
            return false;
        }
        boolean negated = criterion.exclusionSection() || NEGATED_START.matcher(lower).find();
        Integer lowerDays = null;
        Integer upperDays = null;
        Matcher two = TWO_OPERATORS.matcher(lower);
        if (two.find() && ageNear(lower, two.start(), two.end())) {
            return bothEnds(criterion, negated, Comparison.of(two.group(1)), Integer.parseInt(two.group(2)),
                    Comparison.of(two.group(3)), Integer.parseInt(two.group(4)), out);
        }
        Matcher between = BETWEEN.matcher(lower);
        Matcher after = OPERATOR_AFTER.matcher(lower);
        Matcher first = OPERATOR_FIRST.matcher(lower);
        Matcher ageOp = AGE_OPERATOR.matcher(lower);
        Comparison c = null;
        int value = 0;
        if (between.find() && ageNear(lower, between.start(), between.end())) {
            int a = Integer.parseInt(between.group(1));
            int b = Integer.parseInt(between.group(2));
            if (a >= b || negated || b > 120) {
                return false;
            }
            lowerDays = a == 0 ? null : days(a);
            upperDays = days(b);
        } else if (after.find() && ageNear(lower, after.start(), after.end())) {
            value = Integer.parseInt(after.group(1));
            String w = after.group(2);
            c = w.equals("younger") || w.equals("less") || w.equals("below") || w.equals("under")
                    || w.equals("jünger") ? Comparison.LE : Comparison.GE;
        } else if (first.find() && ageNear(lower, first.start(), first.end())) {
            c = Comparison.of(first.group(1));
            value = Integer.parseInt(first.group(2));
        } else if (ageOp.find()) {
            c = Comparison.of(ageOp.group(1));
            value = Integer.parseInt(ageOp.group(2));
        } else if (ADULT_DE.matcher(lower).find() && !negated) {
            c = Comparison.GE;
            value = 18;
        }
        if (c != null) {
            if (c == Comparison.EQ || value > 120) {
                return false;
            }
            Comparison admitted = negated ? c.negated() : c;
            switch (admitted) {
                case GE -> lowerDays = value == 0 ? null : days(value);
                case GT -> lowerDays = days(value) + 1;
                case LE -> upperDays = days(value);
                case LT -> upperDays = days(value) - 1;
                default -> {
                    return false;
                }
            }
        }
        if (lowerDays == null && upperDays == null) {
            return false;
        }
        out.add(new TrialCriterion(CriterionType.AGE, false, null, lowerDays, upperDays, criterion.text()));
        return true;
    }

    /* A range written with two operators: one end each, or nothing when they do not make one range. */
    private static boolean bothEnds(CriterionText criterion, boolean negated, Comparison first, int a,
                                    Comparison second, int b, List<TrialCriterion> out) {
        if (negated || a > 120 || b > 120) {
            return false;
        }
        Integer lowerDays = null;
        Integer upperDays = null;
        for (Object[] end : new Object[][] {{first, a}, {second, b}}) {
            int value = (Integer) end[1];
            switch ((Comparison) end[0]) {
                case GE -> lowerDays = lowerDays != null ? Integer.valueOf(-1) : Integer.valueOf(days(value));
                case GT -> lowerDays = lowerDays != null ? Integer.valueOf(-1) : Integer.valueOf(days(value) + 1);
                case LE -> upperDays = upperDays != null ? Integer.valueOf(-1) : Integer.valueOf(days(value));
                case LT -> upperDays = upperDays != null ? Integer.valueOf(-1) : Integer.valueOf(days(value) - 1);
                default -> {
                    return false;
                }
            }
        }
        if (lowerDays == null || upperDays == null || lowerDays < 0 || upperDays < 0 || lowerDays >= upperDays) {
            return false;
        }
        out.add(new TrialCriterion(CriterionType.AGE, false, null, lowerDays == 0 ? null : lowerDays, upperDays,
                criterion.text()));
        return true;
    }

    private static int days(int years) {
        return (int) Math.floor(years * DAYS_PER_YEAR);
    }

    /** An age word in the same clause, close to the number ("aged 18 or older", "18 years of age"). */
    private static boolean ageNear(String lower, int start, int end) {
        String window = lower.substring(Math.max(0, start - 40), Math.min(lower.length(), end + 25));
        return NEAR_AGE.matcher(window).find() && !NOT_AGE.matcher(window).find();
    }
}
