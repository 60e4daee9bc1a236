package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;

/**
 * The rule of each criterion type, for one criterion alone: does the patient meet it, fail it, or does the profile
 * not say. Reason codes are stable resource-bundle suffixes ({@code match.reason.<code>}). Unknown is the answer
 * whenever the profile is silent: a board fills in what it knows, and a missing value must not exclude a patient.
 */
final class CriterionChecks {

    static final String UNKNOWN = "unknown.notInProfile";

    record Outcome(CriterionStatus status, String reason, String patientValue) {
    }

    private CriterionChecks() {
    }

    static Outcome check(PatientFacts p, TrialCriterion c) {
        return switch (c.type()) {
            case AGE -> age(p, c);
            case SEX -> sex(p, c);
            case ECOG -> ecog(p, c);
            case DIAGNOSIS -> diagnosis(p, c);
            case BIOMARKER -> biomarker(p, c);
            case BRAIN_METASTASES -> brainMetastases(p, c);
            case PRIOR_THERAPY -> "LINES".equals(c.key()) ? lines(p, c) : therapy(p, c);
        };
    }

    private static Outcome unknown() {
        return new Outcome(CriterionStatus.UNKNOWN, UNKNOWN, null);
    }

    // A patient of whole years is between years and years + 1 old: as the search's age filter counts, 365 days a
    // year absorbs the importer's rounding of "18 Years" (6574 days), so a 75-year-old fits "up to 75 Years".
    private static Outcome age(PatientFacts p, TrialCriterion c) {
        Integer years = p.ageYears();
        if (years == null) {
            return unknown();
        }
        String shown = years.toString();
        int youngest = years * 365;
        int oldest = (years + 1) * 365 - 1;
        boolean below = c.lower() != null && oldest < c.lower();
        boolean above = c.upper() != null && youngest > c.upper();
        if (c.exclusion()) {
            return below || above ? new Outcome(CriterionStatus.MET, "age.met", shown)
                    : new Outcome(CriterionStatus.NOT_MET, "age.excluded", shown);
        }
        if (below) {
            return new Outcome(CriterionStatus.NOT_MET, "age.below", shown);
        }
        return above ? new Outcome(CriterionStatus.NOT_MET, "age.above", shown)
                : new Outcome(CriterionStatus.MET, "age.met", shown);
    }

    private static Outcome sex(PatientFacts p, TrialCriterion c) {
        if (p.sex() == null) {
            return unknown();
        }
        boolean same = p.sex().equalsIgnoreCase(c.key());
        String shown = p.sex().toLowerCase(java.util.Locale.ROOT);
        if (c.exclusion()) {
            return same ? new Outcome(CriterionStatus.NOT_MET, "sex.excluded", shown)
                    : new Outcome(CriterionStatus.MET, "sex.met", shown);
        }
        return same ? new Outcome(CriterionStatus.MET, "sex.met", shown)
                : new Outcome(CriterionStatus.NOT_MET, "sex.other", shown);
    }

    private static Outcome ecog(PatientFacts p, TrialCriterion c) {
        Integer ecog = p.ecog();
        if (ecog == null) {
            return unknown();
        }
        String shown = ecog.toString();
        boolean below = c.lower() != null && ecog < c.lower();
        boolean above = c.upper() != null && ecog > c.upper();
        if (c.exclusion()) {
            return below || above ? new Outcome(CriterionStatus.MET, "ecog.met", shown)
                    : new Outcome(CriterionStatus.NOT_MET, "ecog.excluded", shown);
        }
        if (below) {
            return new Outcome(CriterionStatus.NOT_MET, "ecog.below", shown);
        }
        return above ? new Outcome(CriterionStatus.NOT_MET, "ecog.above", shown)
                : new Outcome(CriterionStatus.MET, "ecog.met", shown);
    }

    private static Outcome diagnosis(PatientFacts p, TrialCriterion c) {
        String shown = p.diagnosisText();
        if (p.diagnosisConcepts().isEmpty() || c.key() == null) {
            return new Outcome(CriterionStatus.UNKNOWN, "diagnosis.unknown", shown);
        }
        boolean bucket = c.key().startsWith("BUCKET:");
        boolean fits = bucket ? c.key().equals(p.bucket()) : p.diagnosisAncestors().contains(c.key());
        boolean narrower = !bucket && p.diagnosisDescendants().contains(c.key());
        if (c.exclusion()) {
            if (fits) {
                return new Outcome(CriterionStatus.NOT_MET, "diagnosis.excluded", shown);
            }
            return narrower ? new Outcome(CriterionStatus.UNKNOWN, "diagnosis.moreSpecific", shown)
                    : new Outcome(CriterionStatus.MET, "diagnosis.excluded.other", shown);
        }
        if (fits) {
            return new Outcome(CriterionStatus.MET, bucket ? "diagnosis.bucket" : "diagnosis.met", shown);
        }
        return narrower ? new Outcome(CriterionStatus.UNKNOWN, "diagnosis.moreSpecific", shown)
                : new Outcome(CriterionStatus.NOT_MET, "diagnosis.other", shown);
    }

    /**
     * Present, absent, or untested. A variant of a marker of which the patient has another variant counts as absent:
     * molecular reports list the variants found, so a gene reported with L858R was sequenced and had no exon 19
     * deletion.
     */
    private static Outcome biomarker(PatientFacts p, TrialCriterion c) {
        String key = c.key();
        if (key == null) {
            return unknown();
        }
        int colon = key.indexOf(':');
        String marker = colon < 0 ? key : key.substring(0, colon);
        String shown = p.biomarkerValue(marker);
        boolean present = p.biomarkerKeys().contains(key);
        boolean absent = !present && (p.absentBiomarkerKeys().contains(key)
                || colon > 0 && p.markersWithVariant().contains(marker));
        if (c.exclusion()) {
            if (present) {
                return new Outcome(CriterionStatus.NOT_MET, "biomarker.excluded.present", shown);
            }
            return absent ? new Outcome(CriterionStatus.MET, "biomarker.excluded.absent", shown)
                    : new Outcome(CriterionStatus.UNKNOWN, "biomarker.notTested", shown);
        }
        if (present) {
            return new Outcome(CriterionStatus.MET, colon > 0 ? "biomarker.required.variant"
                    : "biomarker.required.gene", shown);
        }
        if (absent) {
            return new Outcome(CriterionStatus.NOT_MET, p.absentBiomarkerKeys().contains(key)
                    ? "biomarker.required.absent" : "biomarker.required.otherVariant", shown);
        }
        return new Outcome(CriterionStatus.UNKNOWN, "biomarker.notTested", shown);
    }

    /** ANY, ACTIVE (present and untreated or symptomatic), UNTREATED, SYMPTOMATIC; null: the profile does not say. */
    private static Boolean hasBrainMetastases(BrainMetastases b, String kind) {
        if (b == null || b.present() == null) {
            return null;
        }
        if (!b.present()) {
            return false;
        }
        return switch (kind == null ? "ANY" : kind) {
            case "ACTIVE" -> Boolean.FALSE.equals(b.treated()) || Boolean.TRUE.equals(b.symptomatic()) ? Boolean.TRUE
                    : Boolean.TRUE.equals(b.treated()) && Boolean.FALSE.equals(b.symptomatic()) ? Boolean.FALSE : null;
            case "UNTREATED" -> b.treated() == null ? null : !b.treated();
            case "SYMPTOMATIC" -> b.symptomatic();
            default -> true;
        };
    }

    private static Outcome brainMetastases(PatientFacts p, TrialCriterion c) {
        BrainMetastases b = p.brainMetastases();
        Boolean has = hasBrainMetastases(b, c.key());
        String shown = b == null ? null : describe(b);
        if (has == null) {
            return new Outcome(CriterionStatus.UNKNOWN, UNKNOWN, shown);
        }
        if (c.exclusion()) {
            String reason = switch (c.key() == null ? "ANY" : c.key()) {
                case "ACTIVE" -> "brainMetastases.excluded.active";
                case "UNTREATED" -> "brainMetastases.excluded.untreated";
                case "SYMPTOMATIC" -> "brainMetastases.excluded.symptomatic";
                default -> "brainMetastases.excluded.any";
            };
            return has ? new Outcome(CriterionStatus.NOT_MET, reason, shown)
                    : new Outcome(CriterionStatus.MET, "brainMetastases.excluded.none", shown);
        }
        return has ? new Outcome(CriterionStatus.MET, "brainMetastases.required.present", shown)
                : new Outcome(CriterionStatus.NOT_MET, "brainMetastases.required.absent", shown);
    }

    private static String describe(BrainMetastases b) {
        if (b.present() == null) {
            return null;
        }
        if (!b.present()) {
            return "-";
        }
        return "+" + (b.treated() == null ? "" : b.treated() ? " treated" : " untreated")
                + (b.symptomatic() == null ? "" : b.symptomatic() ? " symptomatic" : " asymptomatic");
    }

    private static Outcome therapy(PatientFacts p, TrialCriterion c) {
        String key = c.key();
        if (!p.therapiesKnown() || key == null) {
            return unknown();
        }
        boolean received = p.therapiesReceived().contains(key);
        String shown = received ? p.therapyValue(key) : null;
        // a therapy the vocabulary does not know could be of any class: not having received one is then not known
        boolean surelyNot = !received && p.unrecognisedTherapies().isEmpty();
        if (c.exclusion()) {
            if (received) {
                return new Outcome(CriterionStatus.NOT_MET, "priorTherapy.forbidden.received", shown);
            }
            return surelyNot ? new Outcome(CriterionStatus.MET, "priorTherapy.forbidden.notReceived", null)
                    : new Outcome(CriterionStatus.UNKNOWN, "priorTherapy.unrecognised",
                    String.join(", ", p.unrecognisedTherapies()));
        }
        if (received) {
            return new Outcome(CriterionStatus.MET, "priorTherapy.required.received", shown);
        }
        return surelyNot ? new Outcome(CriterionStatus.NOT_MET, "priorTherapy.required.notReceived", null)
                : new Outcome(CriterionStatus.UNKNOWN, "priorTherapy.unrecognised",
                String.join(", ", p.unrecognisedTherapies()));
    }

    private static Outcome lines(PatientFacts p, TrialCriterion c) {
        Integer lines = p.priorLines();
        if (lines == null) {
            return unknown();
        }
        String shown = lines.toString();
        if (c.lower() != null && lines < c.lower()) {
            return new Outcome(CriterionStatus.NOT_MET, "priorTherapy.lines.below", shown);
        }
        if (c.upper() != null && lines > c.upper()) {
            return new Outcome(CriterionStatus.NOT_MET, "priorTherapy.lines.above", shown);
        }
        return new Outcome(CriterionStatus.MET, "priorTherapy.lines.met", shown);
    }
}
