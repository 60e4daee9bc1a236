package de.dnpm.registry.importer.ctgov;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongStringFilterTest {

    @Test
    void cutsAStringAfterTheLimitAndKeepsTheTextWellFormed() throws IOException {
        String json = "[\"" + "a".repeat(5000) + "\", \"short\", {\"k\": \"" + "b".repeat(3000) + "\"}]";
        JsonArray read = parse(json, 100);
        assertEquals("a".repeat(100), read.getString(0));
        assertEquals("short", read.getString(1));
        assertEquals("b".repeat(100), read.getJsonObject(2).getString("k"));
    }

    @Test
    void neverCutsInsideAnEscapeOrAMultiByteCharacter() throws IOException {
        // limits that fall on each byte of "\u00e9", of an escaped quote and of a three-byte character
        String text = "ab\\u00e9\\\"c€d" + "x".repeat(50);
        for (int limit = 1; limit < 8; limit++) {
            JsonArray read = parse("[\"" + text + "\", 42]", limit);
            String expected = Json.createReader(new java.io.StringReader("[\"" + text + "\"]")).readArray()
                    .getString(0).substring(0, limit);
            assertEquals(expected, read.getString(0), "limit " + limit);
            assertEquals(42, read.getInt(1));
        }
    }

    @Test
    void passesTextWithoutLongStringsThroughByteForByte() throws IOException {
        String json = "{\"a\": \"Ärzte – \\\"Studie\\\" 😀\", \"b\": [1, 2.50, true, null]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new LongStringFilter(new ByteArrayInputStream(bytes), 100)) {
            assertEquals(json, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void standsAsideForUtf16() throws IOException {
        String json = "[\"" + "a".repeat(500) + "\"]";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_16LE);
        try (InputStream in = new LongStringFilter(new ByteArrayInputStream(bytes), 10)) {
            assertEquals(bytes.length, in.readAllBytes().length);
        }
    }

    private static JsonArray parse(String json, int limit) throws IOException {
        InputStream in = new LongStringFilter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), limit);
        try (var reader = Json.createReader(in)) {
            return reader.readArray();
        }
    }
}
