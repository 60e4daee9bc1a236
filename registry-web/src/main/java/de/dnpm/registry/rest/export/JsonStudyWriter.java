package de.dnpm.registry.rest.export;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A result set as one JSON object: {@code {"total":..., "limit":..., "truncated":..., "studies":[...], "exported":...}},
 * each study in the shape of {@code GET /api/studies/{id}} (written by JSON-B, one at a time). Only numbers and
 * booleans of our own are written around them.
 */
public final class JsonStudyWriter implements StudyWriter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Writer out;
    private boolean first = true;
    private int exported;

    public JsonStudyWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(ExportSummary summary) throws IOException {
        out.write("{\"total\":" + summary.total() + ",\"limit\":" + summary.limit() + ",\"truncated\":"
                + summary.truncated() + ",\"studies\":[");
    }

    @Override
    public void write(ExportedStudy study) throws IOException {
        if (!first) {
            out.write(',');
        }
        first = false;
        exported++;
        out.write(JSONB.toJson(study.detail()));
    }

    @Override
    public void end() throws IOException {
        // counted as written, at the end: a study removed while the export runs is not claimed
        out.write("],\"exported\":" + exported + "}");
        out.flush();
    }
}
