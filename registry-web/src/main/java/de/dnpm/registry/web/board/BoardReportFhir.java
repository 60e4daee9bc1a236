package de.dnpm.registry.web.board;

import de.dnpm.registry.rest.export.FhirVocabulary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The board report as a FHIR R4 Bundle (collection, JSON written with JSON-P): a Patient that carries only the case
 * pseudonym, the board's recommendation as a CarePlan (intent proposal; its description is the decision text, each
 * recommended study an activity and a supportingInfo reference) and one ResearchStudy per recommended study.
 * <p>
 * ResearchStudy identifiers: the MII molecular tumour board module's profile {@code mii-pr-mtb-studie} slices
 * identifiers by system with the MII naming systems for NCT, DRKS and EudraCT numbers
 * ({@link #MII_NCT}, {@link #MII_DRKS}, {@link #MII_EUDRACT}); its slicing is open. Each number is written with the MII
 * system and, in a second identifier, with the registry's own address the portal's ResearchStudy export uses
 * ({@link FhirVocabulary#identifierSystem}), so that MII consumers and generic ones both find it. EU CT numbers have no
 * MII system yet and carry https://euclinicaltrials.eu only.
 */
public final class BoardReportFhir {

    static final String MII_NCT = "https://www.medizininformatik-initiative.de/fhir/modul-mtb/sid/nct";
    static final String MII_DRKS = "https://www.medizininformatik-initiative.de/fhir/modul-studie/sid/drks";
    static final String MII_EUDRACT = "https://www.medizininformatik-initiative.de/fhir/modul-studie/sid/eudract";
    /** The pseudonym is the board's own: a URN of the portal names its namespace (no patient identifier system). */
    static final String PSEUDONYM_SYSTEM = "urn:dnpm-registry:board-case-pseudonym";
    private static final Map<String, String> MII_SYSTEMS = Map.of("NCT", MII_NCT, "DRKS", MII_DRKS,
            "EUDRACT", MII_EUDRACT);
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private BoardReportFhir() {
    }

    public static JsonObject bundle(BoardReport report) {
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        List<String> studyUrls = new ArrayList<>();
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        entries.add(entry(patientUrl, patient(report)));
        JsonArrayBuilder studies = JSON.createArrayBuilder();
        for (BoardReport.Study study : report.studies()) {
            String url = "urn:uuid:" + UUID.randomUUID();
            studyUrls.add(url);
            studies.add(entry(url, researchStudy(study)));
        }
        entries.add(entry("urn:uuid:" + UUID.randomUUID(), carePlan(report, patientUrl, studyUrls)));
        studies.build().forEach(entries::add);
        return JSON.createObjectBuilder()
                .add("resourceType", "Bundle")
                .add("type", "collection")
                .add("timestamp", report.generatedAt().toString())
                .add("entry", entries)
                .build();
    }

    private static JsonObject entry(String fullUrl, JsonObject resource) {
        return JSON.createObjectBuilder().add("fullUrl", fullUrl).add("resource", resource).build();
    }

    private static JsonObject patient(BoardReport report) {
        return JSON.createObjectBuilder()
                .add("resourceType", "Patient")
                .add("identifier", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("use", "secondary")
                        .add("system", PSEUDONYM_SYSTEM)
                        .add("value", report.pseudonym())
                        .add("assigner", JSON.createObjectBuilder().add("display", report.board()))))
                .build();
    }

    private static JsonObject carePlan(BoardReport report, String patientUrl, List<String> studyUrls) {
        JsonObjectBuilder plan = JSON.createObjectBuilder()
                .add("resourceType", "CarePlan")
                .add("status", report.decisionText() == null ? "draft" : "active")
                .add("intent", "proposal")
                .add("title", "Molecular board recommendation " + report.pseudonym())
                .add("subject", JSON.createObjectBuilder().add("reference", patientUrl))
                .add("author", JSON.createObjectBuilder().add("display", report.board()));
        if (report.decidedAt() != null) {
            plan.add("created", report.decidedAt().toString());
        }
        if (report.decisionText() != null) {
            plan.add("description", report.decisionText());
        }
        JsonArrayBuilder supporting = JSON.createArrayBuilder();
        JsonArrayBuilder activities = JSON.createArrayBuilder();
        for (int i = 0; i < studyUrls.size(); i++) {
            BoardReport.Study study = report.studies().get(i);
            supporting.add(JSON.createObjectBuilder().add("reference", studyUrls.get(i))
                    .add("display", study.primaryId()));
            activities.add(JSON.createObjectBuilder().add("detail", JSON.createObjectBuilder()
                    .add("kind", "ServiceRequest")
                    .add("status", "not-started")
                    .add("description", "Study inclusion / Studieneinschluss: " + study.primaryId())));
        }
        if (!studyUrls.isEmpty()) {
            plan.add("supportingInfo", supporting).add("activity", activities);
        }
        return plan.build();
    }

    private static JsonObject researchStudy(BoardReport.Study study) {
        JsonArrayBuilder identifiers = JSON.createArrayBuilder();
        study.ids().forEach((scheme, value) -> {
            String mii = MII_SYSTEMS.get(scheme);
            if (mii != null) {
                identifiers.add(identifier(mii, value, value.equals(study.primaryId())));
            }
            FhirVocabulary.identifierSystem(scheme).ifPresent(system ->
                    identifiers.add(identifier(system, value, mii == null && value.equals(study.primaryId()))));
        });
        JsonObjectBuilder resource = JSON.createObjectBuilder()
                .add("resourceType", "ResearchStudy")
                .add("identifier", identifiers)
                .add("status", FhirVocabulary.status(study.status()));
        if (study.title() != null && !study.title().isBlank()) {
            resource.add("title", study.title());
        }
        FhirVocabulary.phase(study.phases()).ifPresent(phase -> resource.add("phase", JSON.createObjectBuilder()
                .add("coding", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("system", FhirVocabulary.PHASE_SYSTEM).add("code", phase.code())
                        .add("display", phase.display())))));
        if (study.site() != null && study.site().facility() != null) {
            resource.add("site", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("display", study.site().facility())));
        }
        return resource.build();
    }

    private static JsonObject identifier(String system, String value, boolean official) {
        JsonObjectBuilder identifier = JSON.createObjectBuilder();
        if (official) {
            identifier.add("use", "official");
        }
        return identifier.add("system", system).add("value", value).build();
    }
}
