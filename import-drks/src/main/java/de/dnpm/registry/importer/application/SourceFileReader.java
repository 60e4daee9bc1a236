package de.dnpm.registry.importer.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads any supported source file and hands its records to a sink, one at a time: ClinicalTrials.gov API v2 JSON
 * (a single study, an array of studies, or an API page {studies, nextPageToken}), legacy ClinicalTrials.gov XML
 * ({@code <clinical_study>}), and zip archives of such files. The format is chosen by the file name's extension.
 */
public final class SourceFileReader {

    /** Reads one file from disk. */
    public void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            read(file.getFileName().toString(), in, sink);
        }
    }

    /** Reads one file from a stream; {@code sourceName} (a file name) selects the format and appears in problems. */
    public void read(String sourceName, InputStream in, RecordSink sink) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
