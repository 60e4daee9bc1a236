package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.ctgov.CtgovJsonReader;
import de.dnpm.registry.importer.ctgov.CtgovXmlReader;
import de.dnpm.registry.importer.drks.DrksCsvReader;
import de.dnpm.registry.importer.drks.DrksJsonReader;
import de.dnpm.registry.importer.ictrp.IctrpCsvReader;
import de.dnpm.registry.importer.ictrp.IctrpXlsxReader;
import de.dnpm.registry.importer.ictrp.IctrpXmlReader;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads any supported source and hands its records to a sink, one at a time: ClinicalTrials.gov API v2 JSON (a single
 * study, an array of studies, or an API page {studies, nextPageToken}), legacy ClinicalTrials.gov XML
 * ({@code <clinical_study>}), DRKS JSON (a trial or an array of trials) and the old DRKS CSV export, WHO ICTRP XML,
 * CSV and XLSX exports, zip archives of such files, and folders of all these. The format is recognised from the
 * content; a name is only used to say where a problem is.
 */
public final class SourceFileReader {

    private static final System.Logger LOG = System.getLogger(SourceFileReader.class.getName());

    private final CtgovJsonReader json = new CtgovJsonReader();
    private final CtgovXmlReader xml = new CtgovXmlReader();
    private final ZipReader zip = new ZipReader();
    private final DrksJsonReader drksJson = new DrksJsonReader();
    private final DrksCsvReader drksCsv = new DrksCsvReader();
    private final IctrpXmlReader ictrpXml = new IctrpXmlReader();
    private final IctrpCsvReader ictrpCsv = new IctrpCsvReader();
    private final IctrpXlsxReader ictrpXlsx = new IctrpXlsxReader();

    /** Reads one file from disk; problems name it by its file name. */
    public void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(file.getFileName().toString(), in, sink);
        }
    }

    /**
     * Reads one source from a stream; {@code sourceName} appears in problems. Bad records, bad files and content that
     * is none of the supported formats are reported to the sink; only a failure to read the stream throws. The stream
     * is left open for the caller to close.
     */
    public void read(String sourceName, InputStream in, RecordSink sink) throws IOException {
        readSource(sourceName, new BufferedInputStream(new KeptOpen(in)), sink, true);
    }

    /**
     * Reads every file under {@code folder} (recursively, in path order) into the sink as one stream of records.
     * Hidden files and folders are left out, and so are files that are no records (README, CSV), as in a zip; a
     * symbolic link is followed only to a file inside the folder. Problems name files by their path in the folder.
     */
    public void readFolder(Path folder, RecordSink sink) throws IOException {
        for (SourceFolder.Entry entry : SourceFolder.list(folder)) {
            if (entry.refusal() != null) {
                sink.reject(new ImportProblem(entry.name(), "file", null, entry.refusal()));
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(entry.readFrom()))) {
                readSource(entry.name(), in, sink, false);
            } catch (AccessDeniedException | NoSuchFileException e) {
                // one unreadable (or meanwhile deleted) file is a problem of that file, not of the whole folder
                sink.reject(new ImportProblem(entry.name(), "file", null, "cannot be read: " + e));
            }
        }
    }

    /** {@code content} supports mark and reset; {@code strict}: content of no supported format is a problem. */
    private void readSource(String name, InputStream content, RecordSink sink, boolean strict) throws IOException {
        ContentKind kind = ContentKind.sniff(content);
        switch (kind) {
            case ZIP -> zip.read(name, content, sink, (entry, bytes) -> readEntry(entry, bytes, sink));
            case EMPTY, UNKNOWN -> {
                if (strict) {
                    sink.reject(new ImportProblem(name, "file", null, kind == ContentKind.EMPTY ? "empty file"
                            : "unsupported content: expected ClinicalTrials.gov, DRKS or WHO ICTRP JSON, XML, CSV or"
                            + " XLSX, or a zip of them"));
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "{0}: no records (no format of ours), passed over", name);
                }
            }
            default -> readRecords(kind, name, content, sink);
        }
    }

    /** Reads a source of one of the record formats; {@code content} supports mark and reset. */
    private void readRecords(ContentKind kind, String name, InputStream content, RecordSink sink) throws IOException {
        switch (kind) {
            case JSON -> {
                if (JsonDialect.sniff(content) == JsonDialect.DRKS) {
                    drksJson.read(name, content, sink);
                } else {
                    json.read(name, content, sink);
                }
            }
            case XML -> {
                if (IctrpXmlReader.ROOT.equals(XmlRoot.sniff(content))) {
                    ictrpXml.read(name, content, sink);
                } else {
                    xml.read(name, content, sink);
                }
            }
            case DRKS_CSV -> drksCsv.read(name, content, sink);
            case ICTRP_CSV -> ictrpCsv.read(name, content, sink);
            case ICTRP_CSV_WITHOUT_HEADER -> ictrpCsv.readWithoutHeader(name, content, sink);
            case XLSX -> ictrpXlsx.read(name, content, sink);
            default -> throw new IllegalArgumentException("not a record format: " + kind);
        }
    }

    private void readEntry(String entryName, InputStream content, RecordSink sink) throws IOException {
        ContentKind kind = ContentKind.sniff(content);
        switch (kind) {
            case JSON, XML, DRKS_CSV, ICTRP_CSV, ICTRP_CSV_WITHOUT_HEADER, XLSX ->
                    readRecords(kind, entryName, content, sink);
            // archives inside archives are not opened: each level would multiply what a small file can unpack to
            case ZIP -> sink.reject(new ImportProblem(entryName, "zip entry", null, "nested archive, not read"));
            default -> {
                // other entries (README, licences, other CSV) are not records; they are passed over silently
            }
        }
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
