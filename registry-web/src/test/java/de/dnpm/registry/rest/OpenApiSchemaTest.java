package de.dnpm.registry.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the schemas of {@code openapi.json} true to the records the API writes: every JSON record of this package
 * (those with {@code @JsonbPropertyOrder}) has a schema named after it ({@code StudyDetail.Site} for a nested record),
 * with exactly its properties, each of the JSON type its Java type is written as; and every schema names such a record.
 */
class OpenApiSchemaTest {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final JsonObject schemas = OpenApiResource.stored().getJsonObject("components").getJsonObject("schemas");
    private final String packagePrefix = RegistryApplication.class.getPackageName() + ".";

    @Test
    void everyJsonRecordHasASchema() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : DeclaredOperations.classesInPackageOf(RegistryApplication.class)) {
            if (type.isRecord() && type.isAnnotationPresent(JsonbPropertyOrder.class)
                    && !schemas.containsKey(schemaName(type))) {
                missing.add(schemaName(type));
            }
        }
        assertTrue(missing.isEmpty(), "openapi.json lacks the schemas " + missing);
    }

    @Test
    void everySchemaHasExactlyThePropertiesOfItsRecord() {
        List<String> wrong = new ArrayList<>();
        for (String name : schemas.keySet()) {
            Class<?> record = record(name);
            if (record == null) {
                wrong.add(name + ": no record " + packagePrefix + name + " (name schemas after the record they describe)");
                continue;
            }
            JsonObject schema = schemas.getJsonObject(name);
            if (blank(schema, "description")) {
                wrong.add(name + ": no description");
            }
            JsonObject properties = schema.getJsonObject("properties");
            Set<String> components = java.util.Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toCollection(LinkedHashSet::new));
            for (String component : components) {
                if (!properties.containsKey(component)) {
                    wrong.add(name + ": property '" + component + "' is not described");
                }
            }
            for (String property : properties.keySet()) {
                if (!components.contains(property)) {
                    wrong.add(name + ": property '" + property + "' is no component of " + record.getSimpleName());
                }
            }
            for (RecordComponent component : record.getRecordComponents()) {
                JsonObject property = properties.getJsonObject(component.getName());
                if (property != null && !property.containsKey("$ref") && blank(property, "description")) {
                    wrong.add(name + "." + component.getName() + ": no description");
                }
                if (property != null) {
                    String problem = mismatch(component.getGenericType(), property);
                    if (problem != null) {
                        wrong.add(name + "." + component.getName() + ": " + problem);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "openapi.json's schemas differ from the records:\n" + String.join("\n", wrong));
    }

    /** Null when the schema fits the Java type as JSON-B writes it, else what is wrong. */
    private String mismatch(Type javaType, JsonObject property) {
        if (javaType instanceof ParameterizedType generic
                && Collection.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            if (!"array".equals(type(property)) || !property.containsKey("items")) {
                return "a list, described as " + property;
            }
            return mismatch(generic.getActualTypeArguments()[0], property.getJsonObject("items"));
        }
        Class<?> raw = (Class<?>) javaType;
        if (raw.isRecord()) {
            String expected = SCHEMA_REF + schemaName(raw);
            return property.containsKey("$ref") && property.getString("$ref").equals(expected) ? null
                    : "expected {\"$ref\": \"" + expected + "\"}";
        }
        if (property.containsKey("$ref")) {
            return "a " + raw.getSimpleName() + ", not a reference";
        }
        String expected = jsonType(raw);
        if (expected == null) {
            return "no JSON type known for " + raw.getName() + ": extend OpenApiSchemaTest.jsonType";
        }
        if (!expected.equals(type(property))) {
            return raw.getSimpleName() + " is written as " + expected + ", described as " + type(property);
        }
        if (raw == Instant.class && !"date-time".equals(property.getString("format", ""))) {
            return "an Instant needs \"format\": \"date-time\"";
        }
        return null;
    }

    private static String jsonType(Class<?> raw) {
        Map<Class<?>, String> types = Map.ofEntries(Map.entry(String.class, "string"), Map.entry(Instant.class, "string"),
                Map.entry(int.class, "integer"), Map.entry(Integer.class, "integer"), Map.entry(long.class, "integer"),
                Map.entry(Long.class, "integer"), Map.entry(double.class, "number"), Map.entry(Double.class, "number"),
                Map.entry(float.class, "number"), Map.entry(Float.class, "number"), Map.entry(boolean.class, "boolean"),
                Map.entry(Boolean.class, "boolean"));
        return raw.isEnum() ? "string" : types.get(raw);
    }

    private static String type(JsonObject property) {
        return property.get("type") instanceof JsonString text ? text.getString() : String.valueOf(property.get("type"));
    }

    private String schemaName(Class<?> type) {
        return type.getName().substring(packagePrefix.length()).replace('$', '.');
    }

    private Class<?> record(String schemaName) {
        try {
            Class<?> type = Class.forName(packagePrefix + schemaName.replace('.', '$'));
            return type.isRecord() ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static boolean blank(JsonObject object, String field) {
        return !(object.get(field) instanceof JsonString text) || text.getString().isBlank();
    }
}
