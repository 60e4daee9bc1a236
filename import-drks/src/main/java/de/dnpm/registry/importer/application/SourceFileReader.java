package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.ctgov.CtgovJsonReader;
import de.dnpm.registry.importer.ctgov.CtgovXmlReader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads any supported source file and hands its records to a sink, one at a time: ClinicalTrials.gov API v2 JSON
 * (a single study, an array of studies, or an API page {studies, nextPageToken}), legacy ClinicalTrials.gov XML
 * ({@code <clinical_study>}), and zip archives of such files. The format is chosen by the file name's extension.
 */
public final class SourceFileReader {

    private final CtgovJsonReader json = new CtgovJsonReader();
    private final CtgovXmlReader xml = new CtgovXmlReader();
    private final ZipReader zip = new ZipReader();

    /** Reads one file from disk. */
    public void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            read(file.getFileName().toString(), in, sink);
        }
    }

    /**
     * Reads one file from a stream; {@code sourceName} (a file name) selects the format and appears in problems. Bad
     * records, bad files and unknown file types are reported to the sink; only a failure to read the stream throws.
     * The stream is left open for the caller to close.
     */
    public void read(String sourceName, InputStream in, RecordSink sink) throws IOException {
        InputStream kept = new KeptOpen(in);
        switch (extension(sourceName)) {
            case "json" -> json.read(sourceName, kept, sink);
            case "xml" -> xml.read(sourceName, kept, sink);
            case "zip" -> zip.read(sourceName, kept, sink, (entry, content) -> readEntry(entry, content, sink));
            default -> sink.reject(unsupported(sourceName));
        }
    }

    private void readEntry(String entryName, InputStream content, RecordSink sink) throws IOException {
        switch (extension(entryName)) {
            case "json" -> json.read(entryName, content, sink);
            case "xml" -> xml.read(entryName, content, sink);
            // archives inside archives are not opened: each level would multiply what a small file can unpack to
            case "zip" -> sink.reject(new ImportProblem(entryName, "zip entry", null, "nested archive, not read"));
            default -> {
                // other entries (README, licences, CSV) are not records; they are passed over silently
            }
        }
    }

    private static ImportProblem unsupported(String sourceName) {
        return new ImportProblem(sourceName, "file", null, "unsupported file type: expected .json, .xml or .zip");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The readers close what they read from; the caller's stream stays open for the caller to close. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
