package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** The inputs a job can be given by the application itself (start-up, sync, tests), beside uploads. */
public final class ImportInputs {

    private ImportInputs() {
    }

    /** A file, or every file under a folder, read as one job. */
    public static ImportInput file(String name, Path path) {
        return new FileInput(name, path);
    }

    /** Every file under several folders, read as one job. */
    public static ImportInput folders(String name, java.util.List<Path> folders) {
        return new FileInput(name, java.util.List.copyOf(folders));
    }

    /** The studies the ClinicalTrials.gov API v2 at {@code api} lists as updated since {@code since}. */
    public static ImportInput ctgovApi(java.net.URI api, java.time.LocalDate since) {
        return new CtgovApiInput(api, since);
    }

    /** Content already in memory (an API page, a test's record). */
    public static ImportInput bytes(String name, byte[] content) {
        return new ImportInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException {
                reader.read(name, new CountingInputStream(new ByteArrayInputStream(content), 0, bytesRead), sink);
            }
        };
    }
}
