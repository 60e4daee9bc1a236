package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** An uploaded file waiting in the spool folder; deleted once its job has ended. */
record SpooledInput(String name, Path file) implements ImportInput {

    private static final System.Logger LOG = System.getLogger(SpooledInput.class.getName());

    @Override
    public long size() {
        return new FileInput(name, file).size();
    }

    @Override
    public void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException {
        new FileInput(name, file).read(reader, sink, bytesRead);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the spooled upload {0}: {1}", file, e);
        }
    }
}
