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

    /**
     * Whether a record with exactly this content (its canonical hash, see {@code RawRecord}) is stored already. A
     * reader that can hash a record before parsing it asks first and skips a known one without mapping it; the sink
     * then counts it as unchanged. Re-imports of unchanged records are mostly this. By default nothing is known.
     */
    default boolean alreadyStored(String contentHash) {
        return false;
    }
}
