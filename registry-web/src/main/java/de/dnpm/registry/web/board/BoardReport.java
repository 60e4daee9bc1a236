package de.dnpm.registry.web.board;

import de.dnpm.registry.search.domain.matching.CriterionCheck;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the board report says, in neutral values that the PDF and the FHIR writers both read: the case (pseudonym,
 * board, diagnosis and key findings), the decision and the recommended studies with their registry ids, phase, nearest
 * recruiting site with contacts and criterion table. Built by {@link BoardReportAssembler}; holds no entity.
 */
public record BoardReport(String caseId, String pseudonym, String board, Instant generatedAt, String generatedBy,
                          String diagnosis, String diagnosisCodes, List<Finding> findings, String decisionText,
                          String decidedBy, Instant decidedAt, List<Study> studies) {

    public BoardReport {
        findings = List.copyOf(findings);
        studies = List.copyOf(studies);
    }

    /**
     * A recommended study: ids by scheme (NCT, DRKS, EU_CT, EUDRACT, ... in the registry's normal form), title,
     * phases, status, the verdict as shortlisted, the board's note, the nearest recruiting site (null if unknown) and
     * the criteria checked.
     */
    public record Study(String primaryId, Map<String, String> ids, String title, List<String> phases, String status,
                        String verdict, String note, Site site, List<CriterionCheck> checks) {

        public Study {
            ids = Map.copyOf(ids);
            phases = List.copyOf(phases);
            checks = List.copyOf(checks);
        }
    }

    /** A site with its place, distance from the patient's postal code (null if not computed) and contacts. */
    public record Site(String facility, String postalCode, String city, String country, Double distanceKm,
                       List<Contact> contacts) {

        public Site {
            contacts = List.copyOf(contacts);
        }
    }

    public record Contact(String name, String phone, String email) {
    }

    /** A key finding: the bundle key of its label ("profile.ecog") and the value as the board entered it. */
    public record Finding(String label, String value) {
    }
}
