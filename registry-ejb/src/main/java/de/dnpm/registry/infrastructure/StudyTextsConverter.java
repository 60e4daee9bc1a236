package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.StudyText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a study's texts per language as one JSON column: an array of objects, one per language, with the text
 * fields by name and the two lists (conditions, arms) as arrays. Absent fields are left out.
 */
@Converter
public class StudyTextsConverter implements AttributeConverter<List<StudyText>, String> {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<StudyText> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (StudyText text : texts) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            put(object, "language", text.language());
            put(object, "briefTitle", text.briefTitle());
            put(object, "officialTitle", text.officialTitle());
            put(object, "acronym", text.acronym());
            put(object, "briefSummary", text.briefSummary());
            put(object, "detailedDescription", text.detailedDescription());
            put(object, "conditions", text.conditions());
            put(object, "inclusionCriteria", text.inclusionCriteria());
            put(object, "exclusionCriteria", text.exclusionCriteria());
            put(object, "primaryOutcome", text.primaryOutcome());
            put(object, "secondaryOutcome", text.secondaryOutcome());
            put(object, "arms", text.arms());
            array.add(object);
        }
        return array.build().toString();
    }

    @Override
    public List<StudyText> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<StudyText> texts = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (JsonValue element : reader.readArray()) {
                JsonObject o = element.asJsonObject();
                texts.add(new StudyText(text(o, "language"), text(o, "briefTitle"), text(o, "officialTitle"),
                        text(o, "acronym"), text(o, "briefSummary"), text(o, "detailedDescription"),
                        list(o, "conditions"), text(o, "inclusionCriteria"), text(o, "exclusionCriteria"),
                        text(o, "primaryOutcome"), text(o, "secondaryOutcome"), list(o, "arms")));
            }
        }
        return List.copyOf(texts);
    }

    private static void put(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder object, String name, List<String> values) {
        if (!values.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.stream().filter(v -> v != null).forEach(array::add);
            object.add(name, array);
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static List<String> list(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
}
