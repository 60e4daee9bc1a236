package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;

import java.io.IOException;
import java.util.function.LongConsumer;

/** What an import job reads: a file, a folder, the bundled sample, the ClinicalTrials.gov API. */
public interface ImportInput {

    /** How the job names its source (a file name, a folder, "ClinicalTrials.gov API"). */
    String name();

    /** Its size in bytes when known in advance, else 0; with {@code bytesRead} it gives the job's progress. */
    long size();

    /** Reads every record into the sink, reporting the bytes consumed so far as it goes. */
    void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException;
}
