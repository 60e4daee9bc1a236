package de.dnpm.registry.importer.domain;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * One source document exactly as the registry delivered it (for JSON: the study object, re-serialised without loss),
 * with its registry key, the registry's version date and a SHA-256 hex hash of the content's canonical form: blind to
 * layout, member order and download dates, so a re-download of an unchanged record has the same hash.
 * <p>
 * The version date is ISO text of at most {@value #MAX_VERSION_DATE_LENGTH} characters, as stored: a date, possibly
 * partial ("2024-05", "2024-05-17"), or an instant in UTC to the second ("2015-01-12T15:14:16Z", what a timestamp with
 * an offset such as DRKS CSV's "2015-01-12T16:14:16.542+01:00" becomes); null when the source has none.
 */
public record RawRecord(SourceFormat format, String sourceId, String versionDate, String content, String contentHash) {

    public static final int MAX_VERSION_DATE_LENGTH = 20;

    public RawRecord {
        versionDate = versionDate(versionDate);
    }

    static String versionDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() <= MAX_VERSION_DATE_LENGTH) {
            return t;
        }
        try {
            return OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            // not a timestamp: keep what orders like it, the date in front if there is one
            return t.matches("\\d{4}-\\d{2}-\\d{2}.*") ? t.substring(0, 10) : t.substring(0, MAX_VERSION_DATE_LENGTH);
        }
    }
}
