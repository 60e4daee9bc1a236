package de.dnpm.registry.importer.application;

/** Receives the records of a file one at a time, so a reader never holds more than one study in memory. */
public interface RecordSink {
    void accept(ParsedRecord record);

    void reject(ImportProblem problem);
}
