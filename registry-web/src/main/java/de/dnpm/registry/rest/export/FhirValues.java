package de.dnpm.registry.rest.export;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** FHIR's rules for primitive values, applied to imported text: non-blank strings, ids, partial dates. */
final class FhirValues {

    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final Pattern NOT_ID_CHARACTER = Pattern.compile("[^A-Za-z0-9.\\-]");
    /* FHIR strings must not be blank and may not hold C0 controls other than tab, LF and CR */
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]");

    private FhirValues() {
    }

    /** A FHIR string: the text without control characters and surrounding blanks; empty when nothing is left. */
    static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String cleaned = CONTROL.matcher(value).replaceAll(" ").strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** A resource id ({@code [A-Za-z0-9\-\.]{1,64}}) made from a registry id ("EUCTR2021-000037-14-DK" stays). */
    static String resourceId(String registryId) {
        String id = NOT_ID_CHARACTER.matcher(registryId == null ? "" : registryId).replaceAll("-");
        return id.isEmpty() ? "study" : id.substring(0, Math.min(64, id.length()));
    }

    /**
     * A FHIR date from a registry's ISO text, which may give only a year or year and month ("2026", "2026-09"); empty
     * when the text is no such date.
     */
    static Optional<String> date(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String value = iso.strip();
        try {
            switch (value.length()) {
                case 4 -> Year.parse(value);
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> {
                    return Optional.empty();
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The study's period from its start and completion; an end before the start (registries do have those) is left
     * out, since FHIR requires start <= end.
     */
    static Optional<JsonObject> period(String start, String end) {
        Optional<String> from = date(start);
        Optional<String> to = date(end);
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get().substring(0,
                Math.min(from.get().length(), to.get().length()))) < 0) {
            to = Optional.empty();
        }
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        JsonObjectBuilder period = JSON.createObjectBuilder();
        from.ifPresent(value -> period.add("start", value));
        to.ifPresent(value -> period.add("end", value));
        return Optional.of(period.build());
    }
}
