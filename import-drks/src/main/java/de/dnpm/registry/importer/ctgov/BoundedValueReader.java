package de.dnpm.registry.importer.ctgov;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds one JSON value from the parser's events, as {@link JsonParser#getValue()} would, but gives up as soon as the
 * value is longer than a budget: what was built is dropped and the rest of the value skipped without being built.
 */
public final class BoundedValueReader {

    /* Json.createObjectBuilder() looks the provider up through the ServiceLoader on every call: far too slow here */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);

    /** One object or array being built, with the member name it will have in its parent (null in an array). */
    private static final class Open {
        final String name;
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;

        Open(String name, boolean isObject) {
            this.name = name;
            this.object = isObject ? BUILDERS.createObjectBuilder() : null;
            this.array = isObject ? null : BUILDERS.createArrayBuilder();
        }

        void add(String member, JsonValue value) {
            if (object != null) {
                object.add(member, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    private BoundedValueReader() {
    }

    /**
     * The value whose first event ({@code first}) the parser has just returned, or null if it is longer than
     * {@code budget} characters from here; then the parser stands at the value's end, as after a complete read.
     */
    public static JsonValue read(JsonParser parser, Event first, long budget) {
        long start = offset(parser);
        Deque<Open> open = new ArrayDeque<>();
        String member = null;
        Event event = first;
        while (true) {
            switch (event) {
                case START_OBJECT, START_ARRAY -> open.push(new Open(member, event == Event.START_OBJECT));
                case KEY_NAME -> member = parser.getString();
                case END_OBJECT, END_ARRAY -> {
                    Open done = open.pop();
                    if (open.isEmpty()) {
                        return done.build();
                    }
                    open.peek().add(done.name, done.build());
                }
                default -> {
                    if (open.isEmpty()) {
                        return parser.getValue();
                    }
                    open.peek().add(member, parser.getValue());
                }
            }
            if (offset(parser) - start > budget) {
                skipRest(parser, open);
                return null;
            }
            event = parser.next();
        }
    }

    /* skipObject/skipArray skip to the end of the innermost open container; repeat outwards to the value's end */
    private static void skipRest(JsonParser parser, Deque<Open> open) {
        while (!open.isEmpty()) {
            if (open.pop().object != null) {
                parser.skipObject();
            } else {
                parser.skipArray();
            }
        }
    }

    private static long offset(JsonParser parser) {
        return parser.getLocation().getStreamOffset();
    }
}
