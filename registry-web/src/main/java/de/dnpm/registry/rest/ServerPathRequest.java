package de.dnpm.registry.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;

/**
 * Body of {@code POST /api/admin/imports} as JSON, {@code {"path": "drks/2026-11"}}: a file or folder relative to the
 * server's import folder. Parsed here rather than by the framework, so that a malformed body is a clear 400.
 */
public record ServerPathRequest(String path) {

    static final int MAX_PATH_LENGTH = 1000;

    /** Reads the body; throws InvalidParameterException unless it is an object with a non-blank string "path". */
    public static ServerPathRequest parse(String body) {
        JsonValue path;
        try (JsonReader reader = JsonProvider.provider().createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidParameterException("the body must be a JSON object with a \"path\"");
            }
            path = ((JsonObject) value).get("path");
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidParameterException("the body is not valid JSON");
        }
        if (!(path instanceof JsonString text) || text.getString().isBlank()) {
            throw new InvalidParameterException("\"path\" must be a non-empty string");
        }
        if (text.getString().length() > MAX_PATH_LENGTH) {
            throw new InvalidParameterException("\"path\" must not be longer than " + MAX_PATH_LENGTH + " characters");
        }
        return new ServerPathRequest(text.getString().strip());
    }
}
