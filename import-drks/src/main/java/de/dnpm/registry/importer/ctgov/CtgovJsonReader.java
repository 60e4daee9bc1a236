package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Streams ClinicalTrials.gov API v2 JSON in any of its three shapes: one study object ({@code GET /studies/{nct}}),
 * an array of studies (the website's "Download JSON"), or an API page {@code {"studies": [...], "nextPageToken": ...,
 * "totalCount": ...}}. The shape is recognised from the first tokens; only one study object is held at a time, and a
 * study longer than {@link ImportLimits#MAX_JSON_STUDY_CHARS} is skipped unbuilt as a problem.
 */
public final class CtgovJsonReader {

    private static final System.Logger LOG = System.getLogger(CtgovJsonReader.class.getName());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);

    private final CtgovJsonMapper mapper = new CtgovJsonMapper();
    private final long maxStudyChars;

    public CtgovJsonReader() {
        this(ImportLimits.MAX_JSON_STUDY_CHARS);
    }

    /** A reader with another study size cap (tests), in characters of JSON text. */
    CtgovJsonReader(long maxStudyChars) {
        this.maxStudyChars = maxStudyChars;
    }

    /** Reads every study of the stream into the sink; bad studies and syntax errors become problems. */
    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(new LongStringFilter(in, maxStudyChars), 1);
        int first = peek.read();
        if (first < 0) {
            sink.reject(new ImportProblem(source, "file", null, "empty file: no JSON value"));
            return;
        }
        peek.unread(first);
        Document document = new Document(source, sink);
        try (JsonParser parser = PARSERS.createParser(peek)) {
            document.read(parser);
        } catch (JsonParsingException e) {
            // the stream cannot be resynchronised after a syntax error: report where, and stop this file
            sink.reject(new ImportProblem(source, where(e.getLocation()) + document.progress(), null,
                    "invalid JSON: " + e.getMessage()));
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            sink.reject(new ImportProblem(source, "file" + document.progress(), null,
                    "unreadable JSON: " + e.getMessage()));
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "file" : "line " + location.getLineNumber() + " column " + location.getColumnNumber();
    }

    /** The state of reading one file: which study we are at, for positions in problems. */
    private final class Document {
        private final String source;
        private final RecordSink sink;
        private int studies;

        Document(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        String progress() {
            return studies == 0 ? "" : " (after study #" + studies + ")";
        }

        void read(JsonParser parser) {
            if (!parser.hasNext()) {
                sink.reject(new ImportProblem(source, "file", null, "empty file: no JSON value"));
                return;
            }
            switch (parser.next()) {
                case START_ARRAY -> readStudyArray(parser);
                case START_OBJECT -> readStudyOrPage(parser);
                default -> sink.reject(new ImportProblem(source, where(parser.getLocation()), null,
                        "neither a study object, an array of studies nor an API page"));
            }
            if (parser.hasNext()) {
                // Parsson reports trailing garbage as a syntax error on hasNext(); anything else is a second value
                sink.reject(new ImportProblem(source, where(parser.getLocation()), null,
                        "unexpected content after the top-level JSON value"));
            }
        }

        /** Positioned after '['; reads elements up to the matching ']'. */
        private void readStudyArray(JsonParser parser) {
            while (true) {
                Event event = parser.next();
                if (event == Event.END_ARRAY) {
                    return;
                }
                studies++;
                String position = "study #" + studies + " at line " + parser.getLocation().getLineNumber();
                if (event == Event.START_OBJECT) {
                    JsonValue study = BoundedValueReader.read(parser, event, maxStudyChars);
                    if (study == null) {
                        sink.reject(tooLarge(position));
                    } else {
                        study(position, study.asJsonObject());
                    }
                } else {
                    if (event == Event.START_ARRAY) {
                        parser.skipArray();
                    }
                    sink.reject(new ImportProblem(source, position, null, "array element is not a study object"));
                }
            }
        }

        /**
         * Positioned after the top-level '{'. An API page has a "studies" array (in any key order); its other keys
         * (nextPageToken, totalCount) are small. Anything else is one study, kept whole if its members together stay
         * within the size cap.
         */
        private void readStudyOrPage(JsonParser parser) {
            JsonObjectBuilder single = BUILDERS.createObjectBuilder();
            long budget = maxStudyChars;
            boolean page = false;
            String nextPageToken = null;
            Event event;
            while ((event = parser.next()) != Event.END_OBJECT) {
                String key = parser.getString();
                long before = parser.getLocation().getStreamOffset();
                event = parser.next();
                if (key.equals("studies") && event == Event.START_ARRAY) {
                    page = true;
                    readStudyArray(parser);
                    continue;
                }
                // a scalar is whole once its event is read: count it from before the value, not from after it
                long remaining = budget - (parser.getLocation().getStreamOffset() - before);
                JsonValue value = BoundedValueReader.read(parser, event, Math.max(remaining, 0));
                budget -= parser.getLocation().getStreamOffset() - before;
                if (value == null || budget < 0) {
                    budget = -1;
                } else {
                    single.add(key, value);
                }
                if (key.equals("nextPageToken") && value instanceof JsonString token) {
                    nextPageToken = token.getString();
                }
            }
            if (page) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: API page of {1} studies, nextPageToken {2}", source, studies,
                        nextPageToken);
            } else if (budget < 0) {
                studies++;
                sink.reject(tooLarge("study #1"));
            } else {
                studies++;
                study("study #1", single.build());
            }
        }

        private ImportProblem tooLarge(String position) {
            return new ImportProblem(source, position, null, "study larger than " + maxStudyChars
                    + " characters of JSON: skipped, not held in memory");
        }

        private void study(String position, JsonObject study) {
            if (sink.alreadyStored(CtgovContentHash.json(study))) {
                return; // unchanged: not mapped at all
            }
            ParsedRecord record;
            try {
                record = parse(study);
            } catch (MalformedRecordException e) {
                sink.reject(new ImportProblem(source, position, e.recordId(), e.getMessage()));
                return;
            } catch (RuntimeException e) {
                // a mapper bug must not abort the import of the other studies; the log keeps the stack trace
                String nctId = CtgovJsonMapper.nctId(study);
                LOG.log(System.Logger.Level.ERROR, source + " " + position + " " + nctId + ": mapping failed", e);
                sink.reject(new ImportProblem(source, position, nctId, "could not be mapped: " + e));
                return;
            }
            sink.accept(record);
        }
    }

    /*
     * The raw content is the study object re-serialised by JSON-P: lossless for the data (every member, in order,
     * numbers with their original digits) though not byte-identical to the file (whitespace differs). The hash is
     * taken of a canonical form without the download date, so a re-download of an unchanged study hashes the same.
     */
    private ParsedRecord parse(JsonObject study) {
        TrialRecord trial = mapper.map(study);
        String content = study.toString();
        RawRecord raw = new RawRecord(SourceFormat.CTGOV_JSON, trial.primaryId().value(),
                CtgovJsonMapper.versionDate(study), content, CtgovContentHash.json(study));
        return new ParsedRecord(raw, trial);
    }
}
