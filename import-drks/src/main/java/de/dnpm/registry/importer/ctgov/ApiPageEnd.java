package de.dnpm.registry.importer.ctgov;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;

import java.io.ByteArrayInputStream;

/**
 * What an API page says about the pages after it: its {@code nextPageToken} (null on the last page) and whether its
 * studies array is empty. Read by streaming over the page, skipping the studies without building them.
 */
record ApiPageEnd(String nextPageToken, boolean noStudies) {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    /** Throws {@link jakarta.json.JsonException} if the body is not a JSON object. */
    static ApiPageEnd of(byte[] body) {
        String token = null;
        boolean noStudies = true;
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != Event.START_OBJECT) {
                throw new jakarta.json.JsonException("not a JSON object");
            }
            Event event;
            while ((event = parser.next()) != Event.END_OBJECT) {
                String key = parser.getString();
                event = parser.next();
                if (key.equals("nextPageToken") && event == Event.VALUE_STRING) {
                    token = parser.getString();
                } else if (key.equals("studies") && event == Event.START_ARRAY) {
                    Event first = parser.next();
                    noStudies = first == Event.END_ARRAY;
                    skipRest(parser, first, true);
                } else {
                    skipRest(parser, event, false);
                }
            }
        }
        return new ApiPageEnd(token, noStudies);
    }

    /** Skips the value that began with {@code event}; {@code inArray}: it is an element, skip the array's rest too. */
    private static void skipRest(JsonParser parser, Event event, boolean inArray) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
        if (inArray && event != Event.END_ARRAY) {
            parser.skipArray();
        }
    }
}
