package de.dnpm.registry.importer.drks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stored content of a JSON record parses back to the very trial object that was read. */
final class RawRecordCheck {

    private RawRecordCheck() {
    }

    static void lossless(String content, JsonObject original) {
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            assertEquals(original, reader.readObject());
        }
    }
}
