package de.dnpm.registry.importer.ctgov;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed fields of a JSON object by path ("protocolSection", "statusModule", "overallStatus"). A missing field
 * or JSON null is absent (null or empty list); a field of the wrong JSON type makes the record malformed. Shared by
 * the ClinicalTrials.gov and DRKS JSON mappers.
 */
public final class JsonFields {

    private final JsonObject root;
    private final String recordId;

    public JsonFields(JsonObject root, String recordId) {
        this.root = root;
        this.recordId = recordId;
    }

    public JsonFields at(JsonObject object) {
        return new JsonFields(object, recordId);
    }

    public JsonObject object(String... path) {
        return (JsonObject) typed(path, JsonValue.ValueType.OBJECT);
    }

    public String string(String... path) {
        JsonValue v = value(path);
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            // a number or boolean where text is expected is still its text
            case NUMBER, TRUE, FALSE -> v.toString();
            default -> throw wrongType(path, "a string", v);
        };
    }

    public Integer integer(String... path) {
        JsonNumber n = (JsonNumber) typed(path, JsonValue.ValueType.NUMBER);
        if (n == null) {
            return null;
        }
        try {
            return n.bigDecimalValue().intValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedRecordException(String.join(".", path) + ": not a whole number: " + n, recordId);
        }
    }

    public Double decimal(String... path) {
        JsonNumber n = (JsonNumber) typed(path, JsonValue.ValueType.NUMBER);
        return n == null ? null : n.doubleValue();
    }

    public Boolean bool(String... path) {
        JsonValue v = value(path);
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw wrongType(path, "true or false", v);
        };
    }

    /** The objects of an array; an empty list if the array is absent. */
    public List<JsonObject> objects(String... path) {
        JsonArray array = (JsonArray) typed(path, JsonValue.ValueType.ARRAY);
        if (array == null) {
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(path, "an array of objects", v);
            }
            objects.add(v.asJsonObject());
        }
        return objects;
    }

    /** The strings of an array, nulls left out; an empty list if the array is absent. */
    public List<String> strings(String... path) {
        JsonArray array = (JsonArray) typed(path, JsonValue.ValueType.ARRAY);
        if (array == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (v.getValueType() == JsonValue.ValueType.STRING) {
                strings.add(((JsonString) v).getString());
            } else if (v.getValueType() != JsonValue.ValueType.NULL) {
                throw wrongType(path, "an array of strings", v);
            }
        }
        return List.copyOf(strings);
    }

    private JsonValue typed(String[] path, JsonValue.ValueType type) {
        JsonValue v = value(path);
        if (v != null && v.getValueType() != type) {
            throw wrongType(path, type.name().toLowerCase(Locale.ROOT), v);
        }
        return v;
    }

    private JsonValue value(String[] path) {
        JsonValue current = root;
        for (int i = 0; i < path.length; i++) {
            if (current.getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(Arrays.copyOf(path, i), "an object", current);
            }
            current = current.asJsonObject().get(path[i]);
            if (current == null || current.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
        }
        return current;
    }

    private MalformedRecordException wrongType(String[] path, String expected, JsonValue found) {
        return new MalformedRecordException(
                String.join(".", path) + ": expected " + expected + ", found " + found.getValueType(), recordId);
    }
}
