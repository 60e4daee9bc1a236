package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;

/**
 * Real ClinicalTrials.gov API v2 study objects, and the synthetic variants the tests make of them. Every variant is
 * a real record with one deliberate change (its NCT number, its title, fields left out, a secondary id added); the
 * tests give variants NCT numbers that do not exist (NCT999xxxxx) unless the point is to reuse a real one.
 */
final class CtgovJson {

    /**
     * The fields of a genomoncology/biomcp {@code GET /api/v2/studies/{nct}?fields=...} response (the captured
     * get_nct06382129 in ../shared/data): a projection without derivedSection, last-update date or sites.
     */
    private static final List<String> PROJECTED = List.of(
            "/protocolSection/identificationModule/nctId",
            "/protocolSection/identificationModule/briefTitle",
            "/protocolSection/statusModule/overallStatus",
            "/protocolSection/statusModule/startDateStruct",
            "/protocolSection/statusModule/completionDateStruct",
            "/protocolSection/sponsorCollaboratorsModule/leadSponsor",
            "/protocolSection/descriptionModule/briefSummary",
            "/protocolSection/conditionsModule/conditions",
            "/protocolSection/designModule/studyType",
            "/protocolSection/designModule/phases",
            "/protocolSection/designModule/enrollmentInfo",
            "/protocolSection/armsInterventionsModule/interventions",
            "/protocolSection/eligibilityModule/eligibilityCriteria",
            "/protocolSection/eligibilityModule/minimumAge",
            "/protocolSection/eligibilityModule/sex");

    private CtgovJson() {
    }

    /** The studies of a "Download JSON" array. */
    static List<JsonObject> studies(String arrayText) {
        try (JsonReader reader = Json.createReader(new StringReader(arrayText))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    static JsonObject study(String arrayText, String nctId) {
        return studies(arrayText).stream().filter(study -> nctId.equals(nctId(study))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(nctId + " not in the file"));
    }

    static String nctId(JsonObject study) {
        return study.getJsonObject("protocolSection").getJsonObject("identificationModule").getString("nctId");
    }

    static String briefTitle(JsonObject study) {
        return study.getJsonObject("protocolSection").getJsonObject("identificationModule").getString("briefTitle");
    }

    static JsonObject withNctId(JsonObject study, String nctId) {
        return replace(study, "/protocolSection/identificationModule/nctId", Json.createValue(nctId));
    }

    static JsonObject withBriefTitle(JsonObject study, String title) {
        return replace(study, "/protocolSection/identificationModule/briefTitle", Json.createValue(title));
    }

    /** Names another trial's NCT number as an old alias (v2 nctIdAliases) of this one. */
    static JsonObject withNctAlias(JsonObject study, String nctId) {
        return add(study, "/protocolSection/identificationModule/nctIdAliases",
                Json.createArrayBuilder().add(nctId).build());
    }

    /** Names another trial's number as a secondary id of type OTHER (v2 secondaryIdInfos). */
    static JsonObject withSecondaryId(JsonObject study, String id) {
        JsonArray infos = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", id).add("type", "OTHER")
                .add("domain", "Related study")).build();
        return add(study, "/protocolSection/identificationModule/secondaryIdInfos", infos);
    }

    /** The study as a {@code fields=} projection returns it: the fields of {@link #PROJECTED} that it has. */
    static JsonObject projection(JsonObject study) {
        JsonObject projected = Json.createObjectBuilder().build();
        for (String path : PROJECTED) {
            JsonPointer pointer = Json.createPointer(path);
            if (pointer.containsValue(study)) {
                projected = put(projected, path, pointer.getValue(study));
            }
        }
        return projected;
    }

    static String array(Collection<? extends JsonValue> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    private static JsonObject replace(JsonObject study, String path, JsonValue value) {
        return Json.createPointer(path).replace(study, value);
    }

    private static JsonObject add(JsonObject study, String path, JsonValue value) {
        return Json.createPointer(path).add(study, value);
    }

    /** Sets a value, creating the objects on its path that are missing. */
    private static JsonObject put(JsonObject target, String path, JsonValue value) {
        String[] parts = path.substring(1).split("/");
        StringBuilder prefix = new StringBuilder();
        JsonObject result = target;
        for (int i = 0; i < parts.length - 1; i++) {
            prefix.append('/').append(parts[i]);
            JsonPointer parent = Json.createPointer(prefix.toString());
            if (!parent.containsValue(result)) {
                JsonObjectBuilder empty = Json.createObjectBuilder();
                result = parent.add(result, empty.build());
            }
        }
        return Json.createPointer(path).add(result, value);
    }
}
