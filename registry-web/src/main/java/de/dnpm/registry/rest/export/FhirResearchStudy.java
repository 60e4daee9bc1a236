package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One study as a FHIR R4 ResearchStudy (JSON, built with JSON-P so the WAR needs no FHIR library): every registry id
 * as an identifier, status and phase in FHIR's codes, conditions with their codings, title, summary, period, the
 * sponsor as a contained Organization, the sites as contained Locations referenced from {@code site}, and who may take
 * part as a contained Group referenced from {@code enrollment} (R4's element for inclusion and exclusion criteria):
 * age and sex as characteristics, the planned number as its quantity, the criteria text as its narrative (R4's Group
 * has no description). The unit tests validate the output with HAPI FHIR's validator.
 */
public final class FhirResearchStudy {

    private static final JsonBuilderFactory JSON = FhirValues.JSON;

    private FhirResearchStudy() {
    }

    public static JsonObject of(StudyDetail study) {
        JsonObjectBuilder resource = JSON.createObjectBuilder().add("resourceType", "ResearchStudy")
                .add("id", FhirValues.resourceId(study.id()));
        // contained resources are collected while they are referenced, and added at the end
        List<JsonObject> containedResources = new ArrayList<>();
        addIfAny(resource, "identifier", identifiers(study));
        FhirValues.text(study.title() != null ? study.title() : study.officialTitle()).ifPresent(title -> resource
                // a narrative of the title and id, so that a human reader of the resource sees what it is (dom-6)
                .add("text", FhirNarrative.of("generated", title + "\n" + study.id()))
                .add("title", title));
        resource.add("status", FhirVocabulary.status(study.status()));
        FhirVocabulary.phase(study.phases()).ifPresent(phase -> resource.add("phase", JSON.createObjectBuilder()
                .add("coding", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("system", FhirVocabulary.PHASE_SYSTEM).add("code", phase.code())
                        .add("display", phase.display())))));
        addIfAny(resource, "condition", FhirConditions.of(study));
        addIfAny(resource, "keyword", textConcepts(study.keywords()));
        addIfAny(resource, "location", countries(study.countries()));
        FhirValues.text(study.briefSummary() != null ? study.briefSummary() : study.detailedDescription())
                .ifPresent(summary -> resource.add("description", summary));
        FhirGroup.eligibility(study).ifPresent(group -> {
            containedResources.add(group);
            resource.add("enrollment", JSON.createArrayBuilder().add(reference(group, null)));
        });
        FhirValues.period(study.dates().start(), study.dates().completion())
                .ifPresent(period -> resource.add("period", period));
        FhirValues.text(study.leadSponsor()).ifPresent(sponsor -> {
            JsonObject organization = JSON.createObjectBuilder().add("resourceType", "Organization")
                    .add("id", "sponsor").add("name", sponsor).build();
            containedResources.add(organization);
            resource.add("sponsor", reference(organization, sponsor));
        });
        JsonArrayBuilder sites = JSON.createArrayBuilder();
        int number = 0;
        for (StudyDetail.Site site : study.sites()) {
            JsonObject location = FhirLocations.of(site, "site-" + (++number));
            if (location != null) {
                containedResources.add(location);
                sites.add(reference(location, location.getString("name", null)));
            }
        }
        addIfAny(resource, "site", sites);
        JsonArrayBuilder contained = JSON.createArrayBuilder();
        containedResources.forEach(contained::add);
        addIfAny(resource, "contained", contained);
        return resource.build();
    }

    private static JsonArrayBuilder identifiers(StudyDetail study) {
        JsonArrayBuilder identifiers = JSON.createArrayBuilder();
        Set<String> seen = new HashSet<>();
        for (StudyDetail.Identifier id : study.identifiers()) {
            if (FhirValues.text(id.value()).isEmpty() || !seen.add(id.scheme() + "|" + id.value())) {
                continue;
            }
            JsonObjectBuilder identifier = JSON.createObjectBuilder();
            if (id.value().equals(study.id())) {
                identifier.add("use", "official");
            }
            FhirVocabulary.identifierSystem(id.scheme()).ifPresent(system -> identifier.add("system", system));
            identifier.add("value", id.value().strip());
            FhirValues.text(id.issuer()).ifPresent(issuer -> identifier.add("assigner",
                    JSON.createObjectBuilder().add("display", issuer)));
            identifiers.add(identifier);
        }
        return identifiers;
    }

    private static JsonArrayBuilder textConcepts(List<String> texts) {
        JsonArrayBuilder concepts = JSON.createArrayBuilder();
        texts.stream().map(FhirValues::text).flatMap(Optional::stream).distinct()
                .forEach(text -> concepts.add(JSON.createObjectBuilder().add("text", text)));
        return concepts;
    }

    /* the study's countries as ISO 3166-1 alpha-2 codes, which FHIR names by urn:iso:std:iso:3166 */
    private static JsonArrayBuilder countries(List<String> countries) {
        JsonArrayBuilder locations = JSON.createArrayBuilder();
        countries.stream().filter(c -> c.matches("[A-Za-z]{2}")).map(c -> c.toUpperCase(Locale.ROOT)).distinct()
                .forEach(code -> locations.add(JSON.createObjectBuilder().add("coding", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("system", "urn:iso:std:iso:3166").add("code", code)))));
        return locations;
    }

    private static JsonObjectBuilder reference(JsonObject contained, String display) {
        JsonObjectBuilder reference = JSON.createObjectBuilder().add("reference", "#" + contained.getString("id"));
        if (display != null) {
            reference.add("display", display);
        }
        return reference;
    }

    private static void addIfAny(JsonObjectBuilder resource, String name, JsonArrayBuilder values) {
        JsonArray array = values.build();
        if (!array.isEmpty()) {
            resource.add(name, array);
        }
    }
}
