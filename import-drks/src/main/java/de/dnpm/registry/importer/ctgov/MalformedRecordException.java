package de.dnpm.registry.importer.ctgov;

/** Thrown by the mappers when a well-formed document is not a usable study; the readers turn it into a problem. */
public final class MalformedRecordException extends RuntimeException {

    private final String recordId;

    public MalformedRecordException(String reason, String recordId) {
        super(reason, null, false, false);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
