package de.dnpm.registry.importer.application;

/** Receives the records of a file one at a time, so a reader never holds more than one study in memory. */
public interface RecordSink {
    void accept(ParsedRecord record);

    void reject(ImportProblem problem);

    /**
     * Something in a record looked wrong, but the record is read and passed on (a DRKS schema violation in a field the
     * portal does not use, say): a warning, not a failed record.
     */
    void warn(ImportProblem problem);
}
