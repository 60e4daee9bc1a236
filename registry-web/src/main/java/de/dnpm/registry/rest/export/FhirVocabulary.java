package de.dnpm.registry.rest.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translations between the portal's codes (ClinicalTrials.gov's status and phase codes, its registry schemes and
 * condition code systems) and FHIR R4's: ResearchStudy.status, the research-study-phase code system, and the
 * identifier and code system URIs. Public for the board report's FHIR bundle (web.board.BoardReportFhir).
 */
public final class FhirVocabulary {

    public static final String PHASE_SYSTEM = "http://terminology.hl7.org/CodeSystem/research-study-phase";

    /*
     * Identifier systems: the registries' own web addresses, as HL7's examples use https://clinicaltrials.gov for NCT
     * numbers; EudraCT numbers (and EUCTR records, which are EudraCT number plus member state) belong to the EU
     * Clinical Trials Register, EU CT numbers to CTIS, UTNs to WHO's trial search.
     */
    private static final Map<String, String> IDENTIFIER_SYSTEMS = Map.of(
            "NCT", "https://clinicaltrials.gov",
            "DRKS", "https://drks.de",
            "EUDRACT", "https://www.clinicaltrialsregister.eu",
            "EUCTR", "https://www.clinicaltrialsregister.eu",
            "EU_CT", "https://euclinicaltrials.eu",
            "ISRCTN", "https://www.isrctn.com",
            "UTN", "https://trialsearch.who.int");

    /* the systems of the condition codes the importers keep (TrialRecord's CodedTerm.system) */
    private static final Map<String, String> CODE_SYSTEMS = Map.of(
            "MeSH", "http://terminology.hl7.org/CodeSystem/MSH",
            // DRKS and ICTRP give ICD-10 codes without saying which modification; WHO's is the common denominator
            "ICD-10", "http://hl7.org/fhir/sid/icd-10",
            "ORPHA", "http://www.orpha.net",
            "MedDRA", "http://terminology.hl7.org/CodeSystem/mdr");

    /**
     * What a study whose recruitment status is unknown (ClinicalTrials.gov's UNKNOWN, "not verified for two years";
     * ICTRP records without one) is called. ResearchStudy.status is required with a required binding and R4's codes
     * have no "unknown" (a data-absent-reason alone fails validation: "a code is required from the value set"), so the
     * conservative code: a system matching patients must not take such a study for one that is open.
     */
    static final String UNKNOWN_STATUS = "closed-to-accrual";

    /*
     * ClinicalTrials.gov's overall status to ResearchStudy.status. Terminated studies ended early by decision:
     * administratively-completed.
     */
    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("RECRUITING", "active"),
            Map.entry("ENROLLING_BY_INVITATION", "active"),
            Map.entry("AVAILABLE", "active"),
            Map.entry("NOT_YET_RECRUITING", "approved"),
            Map.entry("ACTIVE_NOT_RECRUITING", "closed-to-accrual"),
            Map.entry("NO_LONGER_AVAILABLE", "closed-to-accrual"),
            Map.entry("SUSPENDED", "temporarily-closed-to-accrual"),
            Map.entry("TEMPORARILY_NOT_AVAILABLE", "temporarily-closed-to-accrual"),
            Map.entry("COMPLETED", "completed"),
            Map.entry("APPROVED_FOR_MARKETING", "completed"),
            Map.entry("TERMINATED", "administratively-completed"),
            Map.entry("WITHDRAWN", "withdrawn"));

    private FhirVocabulary() {
    }

    public static Optional<String> identifierSystem(String scheme) {
        return Optional.ofNullable(scheme == null ? null : IDENTIFIER_SYSTEMS.get(scheme));
    }

    static Optional<String> codeSystem(String system) {
        return Optional.ofNullable(system == null ? null : CODE_SYSTEMS.get(system));
    }

    /** ResearchStudy.status of an overall status; {@link #UNKNOWN_STATUS} when it is unknown or absent. */
    public static String status(String overallStatus) {
        return overallStatus == null ? UNKNOWN_STATUS : STATUS.getOrDefault(overallStatus, UNKNOWN_STATUS);
    }

    /** The research-study-phase code of ClinicalTrials.gov's phases ([PHASE1, PHASE2] is phase-1-phase-2). */
    public static Optional<Phase> phase(List<String> phases) {
        List<String> known = phases.stream().filter(p -> !p.isBlank()).sorted().toList();
        return Optional.ofNullable(switch (String.join("+", known)) {
            case "NA" -> new Phase("n-a", "N/A");
            case "EARLY_PHASE1" -> new Phase("early-phase-1", "Early Phase 1");
            case "PHASE1" -> new Phase("phase-1", "Phase 1");
            case "PHASE1+PHASE2" -> new Phase("phase-1-phase-2", "Phase 1/Phase 2");
            case "PHASE2" -> new Phase("phase-2", "Phase 2");
            case "PHASE2+PHASE3" -> new Phase("phase-2-phase-3", "Phase 2/Phase 3");
            case "PHASE3" -> new Phase("phase-3", "Phase 3");
            case "PHASE4" -> new Phase("phase-4", "Phase 4");
            default -> null;
        });
    }

    /** A research-study-phase code and its display as the code system gives it. */
    public record Phase(String code, String display) {
    }
}
