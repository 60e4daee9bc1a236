package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.AgeParser;
import de.dnpm.registry.importer.domain.Age;

import java.util.List;
import java.util.Locale;

/**
 * The DRKS code lists (schema 2.0.19 enums) and the legacy export's English UI labels, in the ClinicalTrials.gov v2
 * vocabulary of the neutral record. Values the mapping does not know give null; the registry's own status value is
 * kept verbatim beside the mapped one.
 */
final class DrksVocabulary {

    private DrksVocabulary() {
    }

    /**
     * DRKS recruitment status → v2 overall status. {@code DISCONTINIUED} (sic, the real enum value) is "recruiting
     * stopped after recruiting started", i.e. TERMINATED; the legacy labels are those FORMATS.md §1 lists.
     */
    static String status(String drks) {
        if (drks == null) {
            return null;
        }
        return switch (drks.strip().toLowerCase(Locale.ROOT)) {
            case "pending", "recruiting planned" -> "NOT_YET_RECRUITING";
            case "recruiting", "recruiting ongoing" -> "RECRUITING";
            case "invite_only", "enrolling by invitation" -> "ENROLLING_BY_INVITATION";
            case "suspended", "recruiting suspended on temporary hold" -> "SUSPENDED";
            case "complete_follow_up_continuing", "recruiting complete, follow-up continuing" -> "ACTIVE_NOT_RECRUITING";
            case "complete_follow_up_complete", "recruiting complete, follow-up complete" -> "COMPLETED";
            case "discontiniued", "discontinued", "recruiting stopped after recruiting started" -> "TERMINATED";
            case "withdrawn", "recruiting withdrawn before recruiting started" -> "WITHDRAWN";
            default -> null;
        };
    }

    /** Schema phase enum → v2 phases; Phase 0 is v2 EARLY_PHASE1 (ClinicalTrials.gov's name for it). */
    static List<String> phases(String drks) {
        if (drks == null) {
            return List.of();
        }
        return switch (drks) {
            case "N_A" -> List.of("NA");
            case "PHASE_0" -> List.of("EARLY_PHASE1");
            case "PHASE_I" -> List.of("PHASE1");
            case "PHASE_I_II" -> List.of("PHASE1", "PHASE2");
            case "PHASE_II" -> List.of("PHASE2");
            case "PHASE_II_III" -> List.of("PHASE2", "PHASE3");
            case "PHASE_III" -> List.of("PHASE3");
            case "PHASE_IV" -> List.of("PHASE4");
            default -> List.of();
        };
    }

    /**
     * Legacy label ("N/A", "I", "II-III", "IIa", "IIIb") → v2 phases: a sub-phase is its phase (IIa is PHASE2); the
     * label is not kept elsewhere, since the raw row keeps it.
     */
    static List<String> legacyPhases(String label) {
        if (label == null || label.isBlank()) {
            return List.of();
        }
        String t = label.strip();
        if (t.equalsIgnoreCase("N/A")) {
            return List.of("NA");
        }
        List<String> phases = new java.util.ArrayList<>();
        for (String part : t.split("-")) {
            String roman = part.strip().replaceAll("[ab]$", "");
            String phase = switch (roman) {
                case "0" -> "EARLY_PHASE1";
                case "I" -> "PHASE1";
                case "II" -> "PHASE2";
                case "III" -> "PHASE3";
                case "IV" -> "PHASE4";
                default -> null;
            };
            if (phase == null) {
                return List.of();
            }
            phases.add(phase);
        }
        return List.copyOf(phases);
    }

    /** INTERVENTIONAL stays; NON_INTERVENTIONAL (and the legacy "Non-interventional") is v2 OBSERVATIONAL. */
    static String studyType(String drks) {
        if (drks == null || drks.isBlank()) {
            return null;
        }
        String t = drks.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "INTERVENTIONAL" -> "INTERVENTIONAL";
            case "NON_INTERVENTIONAL" -> "OBSERVATIONAL";
            default -> null;
        };
    }

    /** ALL / "Both, male and female" → ALL; MALE / FEMALE and their labels alike. */
    static String sex(String drks) {
        if (drks == null) {
            return null;
        }
        return switch (drks.strip().toLowerCase(Locale.ROOT)) {
            case "all", "both, male and female" -> "ALL";
            case "male" -> "MALE";
            case "female" -> "FEMALE";
            default -> null;
        };
    }

    /**
     * An age limit from amount and unit (schema: DAYS, WEEKS, MONTHS, YEARS, NO_MIN_AGE, NO_MAX_AGE,
     * WEEK_OF_PREGNANCY; legacy labels: "Years", "no maximum age", ...). No limit is null. A week of pregnancy is an
     * age before birth: its text is kept ("24 Weeks of pregnancy") and it counts as 0 days, since the day count is an
     * age after birth and every born person is past any week of pregnancy.
     */
    static Age age(Number amount, String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (u.startsWith("NO_M")) {
            return null;
        }
        if (amount == null) {
            return null;
        }
        String number = amount.toString();
        if (u.equals("WEEK_OF_PREGNANCY") || u.equals("WEEKS_OF_PREGNANCY")) {
            return new Age(number + " Weeks of pregnancy", 0);
        }
        String word = switch (u) {
            case "DAYS", "DAY" -> "Days";
            case "WEEKS", "WEEK" -> "Weeks";
            case "MONTHS", "MONTH" -> "Months";
            case "YEARS", "YEAR" -> "Years";
            default -> null;
        };
        return word == null ? null : AgeParser.parse(number + " " + word);
    }
}
