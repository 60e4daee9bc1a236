package de.dnpm.registry.rest.export;

import de.dnpm.registry.application.MatchOptions;
import de.dnpm.registry.rest.InvalidParameterException;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The input of {@code ResearchStudy/$match} after the CodeX trial-matching guide: a Parameters resource with
 * {@code subject} (or the guide's {@code trialMatchClinicalData}), a Bundle of the patient's data, and optionally
 * {@code zipCode}, {@code travelRadius}, {@code phase}, {@code recruitmentStatus} and {@code count}. A bad value is an
 * {@link InvalidParameterException} naming the parameter, never repeating the value. The Bundle is read by
 * {@link FhirPatientBundle}.
 */
public record FhirMatchRequest(PatientProfile profile, MatchOptions options) {

    /** FHIR R4 research-study-phase codes to the index's phases (a combined phase asks for either). */
    static final Map<String, List<String>> PHASES = Map.of(
            "n-a", List.of("NA"),
            "early-phase-1", List.of("EARLY_PHASE1"),
            "phase-1", List.of("PHASE1"),
            "phase-1-phase-2", List.of("PHASE1", "PHASE2"),
            "phase-2", List.of("PHASE2"),
            "phase-2-phase-3", List.of("PHASE2", "PHASE3"),
            "phase-3", List.of("PHASE3"),
            "phase-4", List.of("PHASE4"));

    /** FHIR R4 research-study-status codes to the registries' statuses (the reverse of the export's mapping). */
    static final Map<String, List<String>> STATUSES = Map.of(
            "active", List.of("RECRUITING", "ENROLLING_BY_INVITATION"),
            "approved", List.of("NOT_YET_RECRUITING"),
            "in-review", List.of("NOT_YET_RECRUITING"),
            "closed-to-accrual", List.of("ACTIVE_NOT_RECRUITING"),
            "closed-to-accrual-and-intervention", List.of("ACTIVE_NOT_RECRUITING"),
            "temporarily-closed-to-accrual", List.of("SUSPENDED"),
            "temporarily-closed-to-accrual-and-intervention", List.of("SUSPENDED"),
            "completed", List.of("COMPLETED"),
            "administratively-completed", List.of("TERMINATED"),
            "withdrawn", List.of("WITHDRAWN"));

    /** The largest body read: a patient's Bundle for matching is some KB; 1 MiB leaves room for verbose ones. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final double KM_PER_MILE = 1.609344;

    /** Reads a Parameters resource (at most the caller's limit of bytes). */
    public static FhirMatchRequest read(InputStream body, LocalDate today) {
        JsonValue value;
        try (var reader = Json.createReader(body)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidParameterException("body: not well-formed JSON");
        }
        if (!(value instanceof JsonObject parameters) || !"Parameters".equals(parameters.getString("resourceType",
                null))) {
            throw new InvalidParameterException("body: a FHIR Parameters resource is expected");
        }
        return of(parameters, today);
    }

    static FhirMatchRequest of(JsonObject parameters, LocalDate today) {
        JsonObject subject = null;
        String zipCode = null;
        Integer radiusKm = null;
        Set<String> phases = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        int count = MatchOptions.DEFAULT_LIMIT;
        JsonValue list = parameters.get("parameter");
        if (!(list instanceof JsonArray array)) {
            throw new InvalidParameterException("parameter: the Parameters resource has none");
        }
        for (JsonValue element : array) {
            if (!(element instanceof JsonObject parameter) || !(parameter.get("name") instanceof JsonString name)) {
                throw new InvalidParameterException("parameter: each needs a name");
            }
            switch (name.getString()) {
                case "subject", "trialMatchClinicalData" -> {
                    if (!(parameter.get("resource") instanceof JsonObject bundle)
                            || !"Bundle".equals(bundle.getString("resourceType", null))) {
                        throw new InvalidParameterException(name.getString() + ": a Bundle resource is expected");
                    }
                    subject = bundle;
                }
                case "zipCode" -> zipCode = text(parameter, "zipCode");
                case "travelRadius" -> radiusKm = radiusKm(parameter);
                case "phase" -> codes(parameter, "phase").forEach(code -> phases.addAll(known("phase", code,
                        PHASES)));
                case "recruitmentStatus" -> codes(parameter, "recruitmentStatus").forEach(code -> statuses.addAll(
                        known("recruitmentStatus", code, STATUSES)));
                case "count" -> count = count(parameter);
                default -> throw new InvalidParameterException("parameter: unknown name; known are subject, zipCode,"
                        + " travelRadius, phase, recruitmentStatus, count");
            }
        }
        if (subject == null) {
            throw new InvalidParameterException("subject: the patient's Bundle is required");
        }
        PatientProfile patient = FhirPatientBundle.read(subject, today);
        PatientProfile profile = new PatientProfile(null, patient.age(), patient.sex(), patient.diagnosis(),
                patient.stage(), patient.ecog(), patient.biomarkers(), patient.priorTherapies(),
                patient.brainMetastases(), patient.scores(), zipCode, radiusKm, null);
        return new FhirMatchRequest(profile, new MatchOptions(statuses, phases, count));
    }

    private static List<String> known(String name, String code, Map<String, List<String>> codes) {
        List<String> mapped = codes.get(code);
        if (mapped != null) {
            return mapped;
        }
        // the registries' own codes (RECRUITING, PHASE2) are taken as they are
        String upper = code.toUpperCase(Locale.ROOT);
        if (codes.values().stream().anyMatch(values -> values.contains(upper))) {
            return List.of(upper);
        }
        throw new InvalidParameterException(name + ": unknown code; known are "
                + String.join(", ", new java.util.TreeSet<>(codes.keySet())));
    }

    /* The guide gives string; a Quantity in km or miles, a decimal or an integer are taken too (default km). */
    private static Integer radiusKm(JsonObject parameter) {
        double value;
        String unit = "km";
        if (parameter.get("valueQuantity") instanceof JsonObject quantity) {
            if (!(quantity.get("value") instanceof JsonNumber number)) {
                throw new InvalidParameterException("travelRadius: the Quantity has no value");
            }
            value = number.doubleValue();
            unit = quantity.getString("code", quantity.getString("unit", "km"));
        } else if (parameter.get("valueDecimal") instanceof JsonNumber number) {
            value = number.doubleValue();
        } else if (parameter.get("valueInteger") instanceof JsonNumber number) {
            value = number.doubleValue();
        } else if (parameter.get("valueString") instanceof JsonString string) {
            String[] parts = string.getString().strip().split("\\s+", 2);
            try {
                value = Double.parseDouble(parts[0]);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("travelRadius: a number of kilometres is expected");
            }
            unit = parts.length > 1 ? parts[1] : "km";
        } else {
            throw new InvalidParameterException("travelRadius: a Quantity, decimal, integer or string is expected");
        }
        double km = switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "km", "kilometer", "kilometre", "kilometers", "kilometres" -> value;
            case "mi", "[mi_i]", "mile", "miles" -> value * KM_PER_MILE;
            default -> throw new InvalidParameterException("travelRadius: the unit must be km or mi");
        };
        if (!(km >= 1) || km > 20_000) {
            throw new InvalidParameterException("travelRadius: from 1 to 20000 km");
        }
        return (int) Math.round(km);
    }

    private static int count(JsonObject parameter) {
        if (parameter.get("valueInteger") instanceof JsonNumber number && number.isIntegral()
                && number.intValue() >= 1 && number.intValue() <= MatchOptions.MAX_LIMIT) {
            return number.intValue();
        }
        throw new InvalidParameterException("count: an integer from 1 to " + MatchOptions.MAX_LIMIT);
    }

    /* A code as valueString or valueCode (comma-separated allowed), valueCoding or valueCodeableConcept. */
    private static List<String> codes(JsonObject parameter, String name) {
        List<String> codes = new java.util.ArrayList<>();
        for (String field : List.of("valueString", "valueCode")) {
            if (parameter.get(field) instanceof JsonString string) {
                for (String part : string.getString().split(",")) {
                    if (!part.isBlank()) {
                        codes.add(part.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (parameter.get("valueCoding") instanceof JsonObject coding && coding.get("code") instanceof JsonString c) {
            codes.add(c.getString().strip().toLowerCase(Locale.ROOT));
        }
        if (parameter.get("valueCodeableConcept") instanceof JsonObject concept
                && concept.get("coding") instanceof JsonArray codings) {
            for (JsonValue coding : codings) {
                if (coding instanceof JsonObject o && o.get("code") instanceof JsonString c) {
                    codes.add(c.getString().strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new InvalidParameterException(name + ": a code is expected");
        }
        return codes;
    }

    private static String text(JsonObject parameter, String name) {
        if (parameter.get("valueString") instanceof JsonString string && string.getString().length() <= 40) {
            return string.getString().strip();
        }
        throw new InvalidParameterException(name + ": a string of at most 40 characters is expected");
    }
}
