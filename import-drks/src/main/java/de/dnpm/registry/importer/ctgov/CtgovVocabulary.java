package de.dnpm.registry.importer.ctgov;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the display texts of the legacy ClinicalTrials.gov XML ("Active, not recruiting", "Phase 1/Phase 2",
 * "October 15, 2009") into the codes and ISO dates of the API v2, which is the vocabulary of the neutral record.
 * Most v2 enums are the legacy text upper-cased with non-letters as "_" (see the v2 data structure, "Enum types");
 * the few exceptions are spelled out here.
 */
public final class CtgovVocabulary {

    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern PHASE = Pattern.compile("(early\\s+)?phase\\s*(\\d)", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}){0,2}");

    private CtgovVocabulary() {
    }

    /** "Active, not recruiting" → ACTIVE_NOT_RECRUITING; also used for intervention types, sex and contact roles. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String upper = NON_ALNUM.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        return trimUnderscores(upper);
    }

    /** Overall or site recruitment status; legacy "Unknown status" is v2 UNKNOWN. */
    public static String status(String text) {
        String code = code(text);
        return "UNKNOWN_STATUS".equals(code) ? "UNKNOWN" : code;
    }

    /** "Phase 1/Phase 2" → [PHASE1, PHASE2], "Early Phase 1" → [EARLY_PHASE1], "N/A" → [NA]. */
    public static List<String> phases(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> phases = new ArrayList<>();
        for (String part : text.split("(?i)/(?=\\s*(?:early\\s+)?phase)")) {
            Matcher m = PHASE.matcher(part.strip());
            if (m.matches()) {
                phases.add((m.group(1) == null ? "PHASE" : "EARLY_PHASE") + m.group(2));
            } else if (part.strip().equalsIgnoreCase("N/A")) {
                phases.add("NA");
            } else if (!part.isBlank()) {
                phases.add(code(part));
            }
        }
        return List.copyOf(phases);
    }

    /** "Observational [Patient Registry]" is an observational study (v2 keeps the registry flag apart). */
    public static String studyType(String text) {
        String code = code(text);
        return code != null && code.startsWith("OBSERVATIONAL") ? "OBSERVATIONAL" : code;
    }

    /** "Accepts Healthy Volunteers" → true, "No" → false, anything else → unknown. */
    public static Boolean healthyVolunteers(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("Accepts Healthy Volunteers") || t.equalsIgnoreCase("Yes")) {
            return true;
        }
        return t.equalsIgnoreCase("No") ? false : null;
    }

    /** Legacy enrollment type "Anticipated" is v2 ESTIMATED; "Actual" stays ACTUAL. */
    public static String enrollmentType(String text) {
        String code = code(text);
        return "ANTICIPATED".equals(code) || "ESTIMATE".equals(code) ? "ESTIMATED" : code;
    }

    /**
     * "October 15, 2009" → "2009-10-15", "January 2007" → "2007-01"; ISO text passes through; null if unreadable.
     */
    public static String isoDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (ISO_DATE.matcher(t).matches()) {
            return t;
        }
        try {
            return LocalDate.parse(t, MONTH_DAY_YEAR).toString();
        } catch (DateTimeParseException notADay) {
            try {
                return YearMonth.parse(t, MONTH_YEAR).toString();
            } catch (DateTimeParseException notAMonth) {
                return null;
            }
        }
    }

    private static String trimUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '_') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '_') {
            end--;
        }
        return start == end ? null : s.substring(start, end);
    }
}
