package de.dnpm.registry.web.board;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.search.domain.matching.PatientProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the {@link BoardReport} of a case: the recommended studies in the decision's order (the whole shortlist when
 * no decision is recorded yet, so a draft report can be printed for the meeting), each completed from the study read
 * model: all registry ids, phase, status, and the contacts of the nearest recruiting site the match named.
 */
public final class BoardReportAssembler {

    private BoardReportAssembler() {
    }

    public static BoardReport assemble(CaseViews.CaseDetail detail, Function<String, Optional<StudyReadModel>> studies,
                                       String generatedBy, Instant now) {
        PatientProfile profile = detail.profile();
        List<String> chosen = detail.decision() != null ? detail.decision().recommended()
                : detail.shortlist().stream().map(CaseViews.ShortlistItem::registryId).toList();
        List<BoardReport.Study> recommended = new ArrayList<>();
        for (String registryId : chosen) {
            CaseViews.ShortlistItem item = detail.shortlist().stream()
                    .filter(i -> i.registryId().equals(registryId)).findFirst().orElse(null);
            recommended.add(study(registryId, item, studies.apply(registryId).orElse(null)));
        }
        PatientProfile.Diagnosis diagnosis = profile.diagnosis();
        String codes = diagnosis == null ? null : String.join(" · ", java.util.stream.Stream.of(
                        diagnosis.icd10() == null ? null : "ICD-10-GM " + diagnosis.icd10(),
                        diagnosis.oncotree() == null ? null : "OncoTree " + diagnosis.oncotree())
                .filter(java.util.Objects::nonNull).toList());
        var decision = detail.decision();
        return new BoardReport(detail.id(), detail.pseudonym(), detail.board(), now, generatedBy,
                diagnosis == null ? null : diagnosis.text(), codes, findings(profile),
                decision == null ? null : decision.text(), decision == null ? null : decision.decidedBy(),
                decision == null ? null : decision.decidedAt(), recommended);
    }

    /** The key findings in the board's own words: stage, ECOG, biomarkers, prior therapies, brain metastases, scores. */
    static List<BoardReport.Finding> findings(PatientProfile profile) {
        List<BoardReport.Finding> findings = new ArrayList<>();
        if (profile.stage() != null) {
            findings.add(new BoardReport.Finding("profile.stage", profile.stage()));
        }
        if (profile.ecog() != null) {
            findings.add(new BoardReport.Finding("profile.ecog", profile.ecog().toString()));
        }
        profile.biomarkers().forEach(b -> findings.add(new BoardReport.Finding("profile.legend.biomarkers",
                b.gene() != null ? join(b.gene(), b.alteration()) : join(b.marker(), b.value()))));
        profile.priorTherapies().forEach(t -> findings.add(new BoardReport.Finding("profile.legend.therapies",
                join(t.drug() != null ? t.drug() : t.regimen(),
                        ((t.line() == null ? "" : "L" + t.line()) + " " + (t.response() == null ? "" : t.response()))
                                .strip()))));
        PatientProfile.BrainMetastases brain = profile.brainMetastases();
        if (brain != null && brain.present() != null) {
            findings.add(new BoardReport.Finding("profile.legend.brain", join(brain.present() ? "+" : "−",
                    brain.note())));
        }
        profile.scores().forEach(s -> findings.add(new BoardReport.Finding("profile.legend.scores",
                join(s.name(), s.value()))));
        return findings;
    }

    private static String join(String name, String value) {
        return value == null || value.isBlank() ? name : name + " " + value.strip();
    }

    private static BoardReport.Study study(String registryId, CaseViews.ShortlistItem item, StudyReadModel read) {
        MatchResult.StudyMatch assessment = item == null ? null : item.assessment();
        Map<String, String> ids = new LinkedHashMap<>();
        if (read != null) {
            for (RegistryIdentifier id : read.identifiers()) {
                ids.putIfAbsent(id.scheme().name(), id.value());
            }
        }
        if (ids.isEmpty()) {
            ids.put(registryId.startsWith("NCT") ? "NCT" : registryId.startsWith("DRKS") ? "DRKS" : "OTHER",
                    registryId);
        }
        String title = read != null && read.title() != null ? read.title() : item == null ? null : item.title();
        List<String> phases = read != null ? read.phases() : assessment != null ? assessment.phases() : List.of();
        String status = read != null ? read.status() : assessment != null ? assessment.overallStatus() : null;
        return new BoardReport.Study(registryId, ids, title, phases == null ? List.of() : phases, status,
                assessment == null || assessment.verdict() == null ? null : assessment.verdict().name(),
                item == null ? null : item.note(), site(assessment, read),
                assessment == null ? List.of() : assessment.checks());
    }

    /* The match names the nearest recruiting site by facility and postal code; its contacts are in the read model. */
    private static BoardReport.Site site(MatchResult.StudyMatch assessment, StudyReadModel read) {
        MatchResult.NearestRecruitingSite nearest = assessment == null ? null : assessment.nearestSite();
        if (nearest == null) {
            return null;
        }
        List<BoardReport.Contact> contacts = new ArrayList<>();
        if (read != null && read.sites() != null) {
            read.sites().stream()
                    .filter(s -> same(s.facility(), nearest.facility()) && (nearest.postalCode() == null
                            || s.postalCode() == null || nearest.postalCode().equals(s.postalCode())))
                    .findFirst()
                    .ifPresent(s -> contacts.addAll(contacts(s.contacts())));
            if (contacts.isEmpty() && read.centralContacts() != null) {
                contacts.addAll(contacts(read.centralContacts()));
            }
        }
        return new BoardReport.Site(nearest.facility(), nearest.postalCode(), nearest.town(), nearest.country(),
                nearest.distanceKm(), contacts);
    }

    private static List<BoardReport.Contact> contacts(List<ContactPerson> people) {
        return people == null ? List.of() : people.stream()
                .map(p -> new BoardReport.Contact(p.getName(), p.getPhone(), p.getEmail())).toList();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
