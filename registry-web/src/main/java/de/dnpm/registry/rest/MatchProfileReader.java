package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the JSON profile of {@code POST /api/match} into a {@link PatientProfile}. Every value is checked (type, range,
 * length, list size); a bad one is an {@link InvalidParameterException} naming the field ("biomarkers[2].gene") and
 * never echoing the value, since the profile must not reach a log. Unknown fields are refused too, so a misspelt one
 * does not silently match as unknown.
 */
public final class MatchProfileReader {

    /** The largest body read: a profile is a few KB; anything larger is no profile. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    static final int MAX_TEXT = 500;
    static final int MAX_NOTE = 4000;
    static final int MAX_LIST = 100;

    private static final Set<String> PROFILE_FIELDS = Set.of("caseId", "age", "sex", "diagnosis", "stage", "ecog",
            "biomarkers", "priorTherapies", "brainMetastases", "scores", "postalCode", "maxDistanceKm", "note");

    private MatchProfileReader() {
    }

    /** Reads a body (at most {@link #MAX_BODY_BYTES}: the caller checks) holding one profile object. */
    public static PatientProfile read(InputStream body) {
        JsonValue value;
        try (var reader = Json.createReader(body)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidParameterException("body: not well-formed JSON (line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidParameterException("body: not well-formed JSON");
        }
        if (!(value instanceof JsonObject profile)) {
            throw new InvalidParameterException("body: a JSON object with the patient's profile is expected");
        }
        return profile(profile);
    }

    /** Reads one profile object. */
    public static PatientProfile profile(JsonObject json) {
        known(json, "", PROFILE_FIELDS);
        return new PatientProfile(
                text(json, "caseId", 100),
                integer(json, "age", 0, 150),
                sex(json),
                object(json, "diagnosis", d -> {
                    known(d, "diagnosis.", Set.of("text", "oncotree", "icd10"));
                    return new PatientProfile.Diagnosis(text(d, "text", "diagnosis.text", MAX_TEXT),
                            text(d, "oncotree", "diagnosis.oncotree", 40), text(d, "icd10", "diagnosis.icd10", 20));
                }),
                text(json, "stage", 50),
                integer(json, "ecog", 0, 5),
                list(json, "biomarkers", (b, name) -> {
                    known(b, name + ".", Set.of("gene", "alteration", "marker", "value"));
                    PatientProfile.Biomarker marker = new PatientProfile.Biomarker(text(b, "gene", name + ".gene", 40),
                            text(b, "alteration", name + ".alteration", 200), text(b, "marker", name + ".marker", 100),
                            text(b, "value", name + ".value", 200));
                    if (marker.gene() == null && marker.marker() == null) {
                        throw new InvalidParameterException(name + ": needs a gene or a marker");
                    }
                    return marker;
                }),
                list(json, "priorTherapies", (t, name) -> {
                    known(t, name + ".", Set.of("drug", "regimen", "line", "response"));
                    PatientProfile.PriorTherapy therapy = new PatientProfile.PriorTherapy(
                            text(t, "drug", name + ".drug", 200), text(t, "regimen", name + ".regimen", 200),
                            integer(t, "line", name + ".line", 0, 30), text(t, "response", name + ".response", 100));
                    if (therapy.drug() == null && therapy.regimen() == null) {
                        throw new InvalidParameterException(name + ": needs a drug or a regimen");
                    }
                    return therapy;
                }),
                object(json, "brainMetastases", m -> {
                    known(m, "brainMetastases.", Set.of("present", "treated", "symptomatic", "note"));
                    return new PatientProfile.BrainMetastases(bool(m, "present", "brainMetastases.present"),
                            bool(m, "treated", "brainMetastases.treated"),
                            bool(m, "symptomatic", "brainMetastases.symptomatic"),
                            text(m, "note", "brainMetastases.note", MAX_TEXT));
                }),
                list(json, "scores", (s, name) -> {
                    known(s, name + ".", Set.of("name", "value"));
                    String scoreName = text(s, "name", name + ".name", 50);
                    if (scoreName == null) {
                        throw new InvalidParameterException(name + ".name: required");
                    }
                    return new PatientProfile.Score(scoreName, numberOrText(s, "value", name + ".value"));
                }),
                text(json, "postalCode", 40),
                integer(json, "maxDistanceKm", 1, 20_000),
                text(json, "note", MAX_NOTE));
    }

    private static void known(JsonObject json, String prefix, Set<String> fields) {
        for (String name : json.keySet()) {
            if (!fields.contains(name)) {
                throw new InvalidParameterException(prefix + printable(name) + ": unknown field; known are "
                        + String.join(", ", new java.util.TreeSet<>(fields)));
            }
        }
    }

    /* A field name is the caller's text too: only a short, plain one is repeated. */
    private static String printable(String name) {
        return name.length() <= 40 && name.matches("[A-Za-z0-9_.-]*") ? name : "(a field)";
    }

    private static String sex(JsonObject json) {
        String sex = text(json, "sex", 20);
        if (sex == null) {
            return null;
        }
        return switch (sex.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "weiblich", "w" -> "female";
            case "male", "m", "männlich", "maennlich" -> "male";
            case "unknown", "other", "divers", "d" -> null;
            default -> throw new InvalidParameterException("sex: must be female, male or unknown");
        };
    }

    private static String text(JsonObject json, String field, int max) {
        return text(json, field, field, max);
    }

    private static String text(JsonObject json, String field, String name, int max) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidParameterException(name + ": must be a string");
        }
        String text = string.getString().strip();
        if (text.length() > max) {
            throw new InvalidParameterException(name + ": at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static String numberOrText(JsonObject json, String field, String name) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        return text(json, field, name, 50);
    }

    private static Integer integer(JsonObject json, String field, int min, int max) {
        return integer(json, field, field, min, max);
    }

    private static Integer integer(JsonObject json, String field, String name, int min, int max) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidParameterException(name + ": must be a whole number from " + min + " to " + max);
        }
        java.math.BigDecimal n = number.bigDecimalValue();
        if (n.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || n.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw new InvalidParameterException(name + ": must be a whole number from " + min + " to " + max);
        }
        return n.intValueExact();
    }

    private static Boolean bool(JsonObject json, String field, String name) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidParameterException(name + ": must be true, false or null");
    }

    private static <T> T object(JsonObject json, String field, Function<JsonObject, T> read) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidParameterException(field + ": must be an object");
        }
        return read.apply(object);
    }

    private interface Element<T> {
        T read(JsonObject element, String name);
    }

    private static <T> List<T> list(JsonObject json, String field, Element<T> read) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidParameterException(field + ": must be an array");
        }
        if (array.size() > MAX_LIST) {
            throw new InvalidParameterException(field + ": at most " + MAX_LIST + " entries");
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String name = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject element)) {
                throw new InvalidParameterException(name + ": must be an object");
            }
            values.add(read.read(element, name));
        }
        return values;
    }
}
