package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The bundled sample of real studies, listed in {@code sample-data/files.txt} on the class path (registry-web's
 * resources, with their provenance), read file after file as one job.
 */
record SampleInput(ClassLoader loader) implements ImportInput {

    static final String FOLDER = "sample-data/";
    static final String LIST = FOLDER + "files.txt";

    @Override
    public String name() {
        return "bundled sample (" + LIST + ")";
    }

    @Override
    public long size() {
        return 0;
    }

    boolean present() {
        return !files().isEmpty();
    }

    @Override
    public void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException {
        long done = 0;
        for (String file : files()) {
            try (InputStream raw = loader.getResourceAsStream(FOLDER + file)) {
                if (raw == null) {
                    sink.reject(new ImportProblem(file, "file", null, "listed in " + LIST + " but missing"));
                    continue;
                }
                CountingInputStream in = new CountingInputStream(raw, done, bytesRead);
                reader.read(file, in, sink);
                done = in.count();
            }
        }
    }

    private List<String> files() {
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
