package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.ctgov.CtgovApiClient;
import de.dnpm.registry.importer.ctgov.CtgovStudyQuery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * The studies ClinicalTrials.gov changed since a day, fetched page by page from its API v2 (politely: see
 * {@link CtgovApiClient}) and read like any API page file, so they go through the same job as an upload.
 */
record CtgovApiInput(URI api, LocalDate since) implements ImportInput {

    @Override
    public String name() {
        return "ClinicalTrials.gov API " + api + ", studies updated since " + since;
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException {
        long[] done = {0};
        try {
            new CtgovApiClient(api).fetchStudies(new CtgovStudyQuery(since, CtgovStudyQuery.MAX_PAGE_SIZE),
                    (page, body) -> {
                        CountingInputStream in = new CountingInputStream(body, done[0], bytesRead);
                        reader.read(page, in, sink);
                        done[0] = in.count();
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("ClinicalTrials.gov sync interrupted");
        }
    }
}
