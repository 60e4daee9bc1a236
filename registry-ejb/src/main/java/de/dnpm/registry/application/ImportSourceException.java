package de.dnpm.registry.application;

import jakarta.ejb.ApplicationException;

/**
 * An import cannot start from what was given: an upload too large or empty, or a server path that is missing or
 * outside the import folder. {@link #reason()} lets the interfaces say so in the reader's language.
 */
@ApplicationException // an answer for the administrator, not a system failure: no stack trace in the log
public class ImportSourceException extends RuntimeException {

    /** Why the source was refused. */
    public enum Reason { TOO_LARGE, EMPTY, NOT_FOUND, OUTSIDE_IMPORT_FOLDER }

    private final Reason reason;

    public ImportSourceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
