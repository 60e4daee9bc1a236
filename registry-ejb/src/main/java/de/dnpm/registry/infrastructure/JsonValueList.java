package de.dnpm.registry.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes a list of small text-only values (condition codes, interventions, contacts, ...) as one JSON array and
 * reads it back. A study's short lists are one column each rather than a table each: a study then costs a handful of
 * rows to store and one row to read, instead of one row per list element.
 *
 * @param <T> the value type; {@code fields} lists its text fields in a fixed order under the given names, and a value
 *            may have one list of texts besides (an intervention's other names)
 */
final class JsonValueList<T> {

    /* Json.createXyz() looks the provider up (a ServiceLoader scan) on every call; inside GlassFish that was the
       single largest cost of storing a study. One provider, found once, serves all. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final List<String> names;
    private final Function<T, List<String>> fields;
    private final String listName;
    private final Function<T, List<String>> list;
    private final BiFunction<List<String>, List<String>, T> create;

    /** Values of text fields only. */
    JsonValueList(List<String> names, Function<T, List<String>> fields, Function<List<String>, T> create) {
        this(names, fields, null, value -> List.of(), (texts, list) -> create.apply(texts));
    }

    /**
     * Values with a list of texts under {@code listName} besides their text fields. An element without that list
     * (written before the list was kept) reads as having an empty one, so old rows need no migration.
     */
    JsonValueList(List<String> names, Function<T, List<String>> fields, String listName,
                  Function<T, List<String>> list, BiFunction<List<String>, List<String>, T> create) {
        this.names = names;
        this.fields = fields;
        this.listName = listName;
        this.list = list;
        this.create = create;
    }

    /** Plain strings, stored as a JSON array of strings. */
    static String writeStrings(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return stringArray(values).toString();
    }

    static List<String> readStrings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return strings(parse(json));
    }

    private static JsonArray stringArray(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(value -> array.add(value == null ? JsonValue.NULL : JSON.createValue(value)));
        return array.build();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonValue value : array) {
            values.add(value instanceof JsonString text ? text.getString() : null);
        }
        return List.copyOf(values.stream().filter(v -> v != null).toList());
    }

    String write(List<T> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (T value : values) {
            List<String> texts = fields.apply(value);
            JsonObjectBuilder object = JSON.createObjectBuilder();
            for (int i = 0; i < names.size(); i++) {
                if (texts.get(i) != null) {
                    object.add(names.get(i), texts.get(i));
                }
            }
            List<String> items = list.apply(value);
            if (listName != null && !items.isEmpty()) {
                object.add(listName, stringArray(items));
            }
            array.add(object);
        }
        return array.build().toString();
    }

    List<T> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (JsonValue element : parse(json)) {
            JsonObject object = element.asJsonObject();
            List<String> texts = new ArrayList<>(names.size());
            for (String name : names) {
                texts.add(object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null);
            }
            List<String> items = listName != null && object.get(listName) instanceof JsonArray array
                    ? strings(array) : List.of();
            values.add(create.apply(texts, items));
        }
        return List.copyOf(values);
    }

    private static JsonArray parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
