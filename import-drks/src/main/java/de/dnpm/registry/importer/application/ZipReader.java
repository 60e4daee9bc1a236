package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.ImportLimits;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive entry by entry from a stream, handing each entry's bytes to an entry reader. Memory stays
 * bounded by one entry: an entry larger than {@link ImportLimits#MAX_ZIP_ENTRY_BYTES} uncompressed is skipped as a
 * problem (which also defuses zip bombs).
 */
final class ZipReader {

    private final int maxEntryBytes;

    ZipReader() {
        this(ImportLimits.MAX_ZIP_ENTRY_BYTES);
    }

    /** A reader with another entry limit (tests). */
    ZipReader(int maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
    }

    /** What to do with one entry's content. */
    @FunctionalInterface
    interface EntryReader {
        void read(String entryName, InputStream content) throws IOException;
    }

    void read(String archiveName, InputStream in, RecordSink sink, EntryReader entries) throws IOException {
        int index = 0;
        String entryName = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                index++;
                entryName = entry.getName();
                if (entry.isDirectory() || isMacMetadata(entryName)) {
                    continue;
                }
                if (entry.getSize() > maxEntryBytes) {
                    sink.reject(tooLarge(entryName));
                    continue;
                }
                byte[] content = zip.readNBytes(maxEntryBytes + 1);
                if (content.length > maxEntryBytes) {
                    sink.reject(tooLarge(entryName));
                    continue;
                }
                entries.read(entryName, new ByteArrayInputStream(content));
            }
        } catch (ZipException | EOFException e) {
            // a corrupt or truncated archive is bad data, not an I/O failure: keep what was read, report the rest
            sink.reject(new ImportProblem(archiveName, "entry #" + Math.max(index, 1), null,
                    "corrupt zip archive" + (entryName == null ? "" : " at " + entryName) + ": " + e.getMessage()));
            return;
        }
        if (index == 0) {
            sink.reject(new ImportProblem(archiveName, "file", null, "not a zip archive, or an empty one"));
        }
    }

    /** macOS adds "__MACOSX/._name.xml" resource forks: binary files that only look like XML by name. */
    private static boolean isMacMetadata(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith("._");
    }

    private ImportProblem tooLarge(String entryName) {
        return new ImportProblem(entryName, "zip entry", null,
                "larger than " + maxEntryBytes + " bytes uncompressed, skipped");
    }
}
