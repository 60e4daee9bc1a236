package de.dnpm.registry.importer.application;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Which registry's JSON a source is, told from the member names of its first object: a DRKS trial has
 * {@code drksId} (and the DRKS schema's other top-level members), a ClinicalTrials.gov study or API page
 * {@code protocolSection} or {@code studies}. Only the start of the source is looked at.
 */
enum JsonDialect {
    CTGOV, DRKS;

    /* top-level members of the DRKS schema 2.0.19 that ClinicalTrials.gov never uses, and the reverse */
    private static final Set<String> DRKS_MEMBERS = Set.of("drksId", "trialDescriptions", "studiedHealthConditions",
            "trialContacts", "studyCharacteristic", "recruitment", "secondaryIds", "registrationDrks");
    private static final Set<String> CTGOV_MEMBERS = Set.of("protocolSection", "derivedSection", "resultsSection",
            "studies", "nextPageToken", "totalCount", "hasResults", "documentSection", "annotationSection");
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    /**
     * Looks at the start of {@code in} (which supports mark and reset; left where it was). ClinicalTrials.gov is the
     * answer when the start decides nothing, so a source read as before this class existed is read the same way.
     */
    static JsonDialect sniff(InputStream in) throws IOException {
        in.mark(ContentKind.SNIFF_LIMIT);
        byte[] head;
        try {
            head = in.readNBytes(ContentKind.SNIFF_LIMIT);
        } finally {
            in.reset();
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(head))) {
            return firstObjectMembers(parser);
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
            // the head ends inside a value (it is cut at the sniff limit) or the file is broken: the reader reports it
            return CTGOV;
        }
    }

    private static JsonDialect firstObjectMembers(JsonParser parser) {
        if (!parser.hasNext()) {
            return CTGOV;
        }
        Event first = parser.next();
        if (first == Event.START_ARRAY) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                return CTGOV;
            }
        } else if (first != Event.START_OBJECT) {
            return CTGOV;
        }
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event != Event.KEY_NAME) {
                return CTGOV;
            }
            String name = parser.getString();
            if (DRKS_MEMBERS.contains(name)) {
                return DRKS;
            }
            if (CTGOV_MEMBERS.contains(name)) {
                return CTGOV;
            }
            switch (parser.next()) {
                case START_OBJECT -> parser.skipObject();
                case START_ARRAY -> parser.skipArray();
                default -> {
                    // a scalar member: read
                }
            }
        }
        return CTGOV;
    }
}
