package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.InvalidParameterException;

import java.util.Locale;

/**
 * The formats a study or a result set is exported in: CSV for spreadsheets, JSON (the API's study shape), RIS for
 * reference managers (Zotero, EndNote, Citavi), and FHIR R4 ResearchStudy for one study.
 */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    JSON("application/json;charset=UTF-8", "json"),
    RIS("application/x-research-info-systems;charset=UTF-8", "ris"),
    FHIR("application/fhir+json;charset=UTF-8", "fhir.json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The {@code format} parameter of a result-set export: csv (the default), json or ris. */
    public static ExportFormat ofResultSet(String format) {
        ExportFormat chosen = parse(format, CSV);
        if (chosen == FHIR) {
            throw new InvalidParameterException("format fhir exports one study only: use /studies/{id}/export");
        }
        return chosen;
    }

    /** The {@code format} parameter of a single study's export: json (the default), csv, ris or fhir. */
    public static ExportFormat ofStudy(String format) {
        return parse(format, JSON);
    }

    private static ExportFormat parse(String format, ExportFormat fallback) {
        if (format == null || format.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("format must be csv, json, ris or fhir");
        }
    }
}
