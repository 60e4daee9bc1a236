package de.dnpm.registry.importer.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JSON value as one canonical text: members of every object sorted by name, no whitespace, and the members
 * at the given JSON Pointers (RFC 6901) left out. Documents that differ only in member order, layout or the left-out
 * members give the same text, so hashing it tells a changed record from a re-download.
 */
public final class CanonicalJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(null);

    private CanonicalJson() {
    }

    /**
     * The canonical text of {@code value} without the members at {@code omitted} (pointers such as
     * "/derivedSection/miscInfoModule/versionHolder"; a pointer that matches nothing is ignored).
     */
    public static String write(JsonValue value, Set<String> omitted) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = GENERATORS.createGenerator(out)) {
            new Writer(generator, omitted).value(null, value, "");
        }
        return out.toString();
    }

    /*
     * Names sort by String.compareTo, i.e. by UTF-16 code units, as RFC 8785 (JCS) sorts them. Unlike JCS, numbers
     * keep the digits of the source (JSON-P's JsonNumber text) rather than being rewritten in ECMAScript form: both
     * copies of a record come from the same registry software, which writes a number the same way each time.
     */
    private record Writer(JsonGenerator out, Set<String> omitted) {

        void value(String name, JsonValue value, String pointer) {
            switch (value.getValueType()) {
                case OBJECT -> object(name, value.asJsonObject(), pointer);
                case ARRAY -> array(name, value.asJsonArray(), pointer);
                default -> {
                    if (name == null) {
                        out.write(value);
                    } else {
                        out.write(name, value);
                    }
                }
            }
        }

        private void object(String name, JsonObject object, String pointer) {
            if (name == null) {
                out.writeStartObject();
            } else {
                out.writeStartObject(name);
            }
            List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.entrySet());
            members.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonValue> member : members) {
                String memberPointer = pointer + "/" + escape(member.getKey());
                if (!omitted.contains(memberPointer)) {
                    value(member.getKey(), member.getValue(), memberPointer);
                }
            }
            out.writeEnd();
        }

        private void array(String name, JsonArray array, String pointer) {
            if (name == null) {
                out.writeStartArray();
            } else {
                out.writeStartArray(name);
            }
            for (int i = 0; i < array.size(); i++) {
                String elementPointer = pointer + "/" + i;
                if (!omitted.contains(elementPointer)) {
                    value(null, array.get(i), elementPointer);
                }
            }
            out.writeEnd();
        }

        /** RFC 6901 section 3: '~' is written "~0" and '/' "~1" inside a pointer's reference tokens. */
        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
