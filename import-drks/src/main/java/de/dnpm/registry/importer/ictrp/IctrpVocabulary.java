package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.AgeParser;
import de.dnpm.registry.importer.ctgov.CtgovVocabulary;
import de.dnpm.registry.importer.domain.Age;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICTRP's values, which are each primary registry's own words passed through (FORMATS.md §4, §5), in the v2
 * vocabulary of the neutral record. What cannot be read without guessing gives null or an empty list; the raw record
 * keeps the original.
 */
final class IctrpVocabulary {

    private static final Pattern AGE = Pattern.compile(
            "(?:[<>]=?|=)?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:\\(?\\s*(years?|y|months?|m|weeks?|w|days?|d|age old)\\s*\\)?"
                    + "(?:-old)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EUCTR_PHASE = Pattern.compile("\\(Phase (I{1,3}|IV)\\)\\s*:\\s*(yes|no)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_PHASES = Pattern.compile("(?:phase\\s*)?([0-4]|I{1,3}|IV)"
            + "(?:\\s*[-/]\\s*(?:phase\\s*)?([0-4]|I{1,3}|IV))?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_MONTH_NAME_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IctrpVocabulary() {
    }

    /**
     * Recruitment status. ICTRP reduces most registries to "Recruiting" / "Not recruiting"; "Not recruiting" (not
     * yet, or no more, or never) and EUCTR's "Authorised" (approved, recruitment unknown) say nothing about which v2
     * status applies, so they are UNKNOWN; v2 words passed through by ClinicalTrials.gov records keep their meaning.
     */
    static String status(String text) {
        String t = IctrpText.value(text);
        if (t == null) {
            return null;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "recruiting" -> "RECRUITING";
            case "not recruiting", "authorised", "authorized" -> "UNKNOWN";
            case "not yet recruiting", "pending" -> "NOT_YET_RECRUITING";
            case "active, not recruiting" -> "ACTIVE_NOT_RECRUITING";
            case "enrolling by invitation" -> "ENROLLING_BY_INVITATION";
            case "completed", "complete" -> "COMPLETED";
            case "suspended" -> "SUSPENDED";
            case "terminated" -> "TERMINATED";
            case "withdrawn" -> "WITHDRAWN";
            case "unknown", "unknown status" -> "UNKNOWN";
            default -> null; // "Not Available", "None"
        };
    }

    /** "All", "Both", "Both, male and female", "<br>Female: yes<br>Male: yes<br>" → ALL; one sex → it. */
    static String sex(String text) {
        String t = IctrpText.value(text);
        if (t == null) {
            return null;
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.contains("female: yes") || l.contains("male: yes")) {
            boolean female = l.contains("female: yes");
            boolean male = l.replace("female: yes", "").contains("male: yes");
            return female && male ? "ALL" : female ? "FEMALE" : male ? "MALE" : null;
        }
        return switch (l) {
            case "all", "both", "both, male and female", "male and female", "both males and females", "both sexes" ->
                    "ALL";
            case "male", "males" -> "MALE";
            case "female", "females" -> "FEMALE";
            default -> null;
        };
    }

    /**
     * An age limit: "18 Years", "2 Months", "&gt;= 20age old" (JPRN), "16years-old", "60(Year)", "18Y", or a bare
     * number, which ICTRP's registries (ChiCTR, IRCT, CTIS, NL-OMON) use for years. "N/A", "None", "no limit",
     * "Not applicable" and CTIS's open-ended age group "65+" are no limit (null).
     */
    static Age age(String text) {
        String t = IctrpText.value(text);
        if (t == null || t.endsWith("+")) {
            return null;
        }
        Matcher m = AGE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2) == null ? "y" : m.group(2).toLowerCase(Locale.ROOT);
        String word = switch (unit.charAt(0)) {
            case 'y', 'a' -> "Years";
            case 'm' -> "Months";
            case 'w' -> "Weeks";
            case 'd' -> "Days";
            default -> null;
        };
        Age parsed = AgeParser.parse(m.group(1) + " " + word);
        return parsed == null ? null : new Age(t, parsed.days());
    }

    /**
     * Phases: v2-like "Phase 2/Phase 3", "Early Phase 1", bare "3" or "2-3", Roman "Phase III", and EUCTR's and
     * CTIS's "Human pharmacology (Phase I): no Therapeutic exploratory (Phase II): yes ...". "N/A" and "Not
     * Applicable" are NA; ChiCTR's "0" and "Not selected" are left out (not a phase the v2 vocabulary can name).
     */
    static List<String> phases(String text) {
        String t = IctrpText.value(text);
        if (t == null) {
            return List.of();
        }
        Matcher euctr = EUCTR_PHASE.matcher(t);
        List<String> phases = new ArrayList<>();
        boolean euctrForm = false;
        while (euctr.find()) {
            euctrForm = true;
            if (euctr.group(2).equalsIgnoreCase("yes")) {
                phases.add(phase(euctr.group(1)));
            }
        }
        if (euctrForm) {
            return List.copyOf(phases);
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.equals("n/a") || l.equals("not applicable") || l.equals("na")) {
            return List.of("NA");
        }
        if (l.startsWith("early phase") || l.contains("/phase") || l.contains("/ phase")) {
            return CtgovVocabulary.phases(t.replace("Phase1", "Phase 1").replaceAll("(?i)phase(\\d)", "Phase $1"));
        }
        Matcher m = NUMBERED_PHASES.matcher(t);
        if (m.matches() && !t.equals("0")) {
            phases.add(phase(m.group(1)));
            if (m.group(2) != null) {
                phases.add(phase(m.group(2)));
            }
            return phases.contains(null) ? List.of() : List.copyOf(phases);
        }
        return List.of();
    }

    private static String phase(String number) {
        return switch (number.toUpperCase(Locale.ROOT)) {
            case "1", "I" -> "PHASE1";
            case "2", "II" -> "PHASE2";
            case "3", "III" -> "PHASE3";
            case "4", "IV" -> "PHASE4";
            default -> null;
        };
    }

    /** "Interventional ...", "Observational ..." and "Expanded Access"; other registry types are left out. */
    static String studyType(String text) {
        String t = IctrpText.value(text);
        if (t == null) {
            return null;
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("interventional")) {
            return "INTERVENTIONAL";
        }
        if (l.startsWith("observational")) {
            return "OBSERVATIONAL";
        }
        return l.startsWith("expanded access") ? "EXPANDED_ACCESS" : null;
    }

    /**
     * A date in the forms ICTRP passes through: "08/04/2024" (day first, as in all ICTRP date fields except the
     * export date), "2021-09-03", "20240408", "April 25, 2024", "January 2022", "20 May 2024"; null if unreadable.
     */
    static String date(String text) {
        String t = IctrpText.value(text);
        if (t == null) {
            return null;
        }
        String ctgov = CtgovVocabulary.isoDate(t);
        if (ctgov != null) {
            return ctgov;
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DAY_MONTH_YEAR, COMPACT, DAY_MONTH_NAME_YEAR}) {
            try {
                return LocalDate.parse(t, f).toString();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
