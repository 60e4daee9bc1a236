package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.CanonicalJson;
import de.dnpm.registry.importer.application.ContentHash;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.ctgov.BoundedValueReader;
import de.dnpm.registry.importer.ctgov.LongStringFilter;
import de.dnpm.registry.importer.ctgov.MalformedRecordException;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Streams DRKS JSON: one trial object (drks.de's per-trial download) or an array of them (the search export), one
 * trial in memory at a time, each at most {@link ImportLimits#MAX_JSON_STUDY_CHARS} characters. Every trial is
 * validated against the official schema; violations are problems of that trial, which is still imported if it has a
 * drksId and a title (the schema makes every field nullable, so a violation is an unknown member or an off-list
 * value, which the mapping leaves out).
 */
public final class DrksJsonReader {

    /** Violations reported per trial; a trial of a wholly different shape would otherwise flood the report. */
    static final int MAX_VIOLATIONS_REPORTED = 20;

    private static final System.Logger LOG = System.getLogger(DrksJsonReader.class.getName());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    private final DrksJsonMapper mapper = new DrksJsonMapper();
    private final long maxTrialChars;

    public DrksJsonReader() {
        this(ImportLimits.MAX_JSON_STUDY_CHARS);
    }

    /** A reader with another trial size cap (tests), in characters of JSON text. */
    DrksJsonReader(long maxTrialChars) {
        this.maxTrialChars = maxTrialChars;
    }

    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        int trials = 0;
        PushbackInputStream peek = new PushbackInputStream(new LongStringFilter(in, maxTrialChars), 1);
        int firstByte = peek.read();
        if (firstByte < 0) {
            sink.reject(new ImportProblem(source, "file", null, "empty file: no JSON value"));
            return;
        }
        peek.unread(firstByte);
        try (JsonParser parser = PARSERS.createParser(peek)) {
            if (!parser.hasNext()) {
                sink.reject(new ImportProblem(source, "file", null, "empty file: no JSON value"));
                return;
            }
            Event first = parser.next();
            if (first == Event.START_OBJECT) {
                trials++;
                trial(source, "trial #1", BoundedValueReader.read(parser, first, maxTrialChars), sink);
            } else if (first == Event.START_ARRAY) {
                Event event;
                while ((event = parser.next()) != Event.END_ARRAY) {
                    trials++;
                    String position = "trial #" + trials + " at line " + parser.getLocation().getLineNumber();
                    if (event == Event.START_OBJECT) {
                        trial(source, position, BoundedValueReader.read(parser, event, maxTrialChars), sink);
                    } else {
                        BoundedValueReader.read(parser, event, 0);
                        sink.reject(new ImportProblem(source, position, null, "array element is not a trial object"));
                    }
                }
            } else {
                sink.reject(new ImportProblem(source, "file", null, "neither a DRKS trial object nor an array"));
            }
            if (parser.hasNext()) {
                sink.reject(new ImportProblem(source, where(parser.getLocation()), null,
                        "unexpected content after the top-level JSON value"));
            }
        } catch (JsonParsingException e) {
            // the stream cannot be resynchronised after a syntax error: report where, and stop this file
            sink.reject(new ImportProblem(source, where(e.getLocation()) + (trials == 0 ? "" : " (trial #" + trials
                    + ")"), null, "invalid JSON: " + e.getMessage()));
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            sink.reject(new ImportProblem(source, "file", null, "unreadable JSON: " + e.getMessage()));
        }
    }

    private void trial(String source, String position, JsonValue value, RecordSink sink) {
        if (value == null) {
            sink.reject(new ImportProblem(source, position, null,
                    "trial larger than " + maxTrialChars + " characters of JSON: skipped, not held in memory"));
            return;
        }
        JsonObject trial = value.asJsonObject();
        String drksId = DrksJsonMapper.drksId(trial);
        // the raw content is the trial re-serialised by JSON-P: lossless for the data, not byte-identical
        String content = trial.toString();
        List<DrksSchema.Violation> violations = DrksSchema.validate(content);
        for (DrksSchema.Violation v : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS_REPORTED))) {
            sink.warn(new ImportProblem(source, position + " " + (v.pointer().isEmpty() ? "/" : v.pointer()),
                    drksId, "DRKS schema 2.0.19: " + v.message()));
        }
        List<String> warnings = new ArrayList<>();
        if (!violations.isEmpty()) {
            warnings.add(violations.size() + " violation(s) of the DRKS schema 2.0.19, reported as warnings (first: "
                    + violations.getFirst().pointer() + ": " + violations.getFirst().message() + ")");
        }
        TrialRecord record;
        try {
            record = mapper.map(trial, warnings);
        } catch (MalformedRecordException e) {
            sink.reject(new ImportProblem(source, position, e.recordId(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // a mapper bug must not abort the import of the other trials; the log keeps the stack trace
            LOG.log(System.Logger.Level.ERROR, source + " " + position + " " + drksId + ": mapping failed", e);
            sink.reject(new ImportProblem(source, position, drksId, "could not be mapped: " + e));
            return;
        }
        RawRecord raw = new RawRecord(SourceFormat.DRKS_JSON, record.primaryId().value(), record.lastUpdate(),
                content, ContentHash.sha256Hex(CanonicalJson.write(trial, Set.of())));
        sink.accept(new ParsedRecord(raw, record));
    }

    private static String where(JsonLocation location) {
        return location == null ? "file" : "line " + location.getLineNumber() + " column " + location.getColumnNumber();
    }
}
