package de.dnpm.registry.importer.ctgov;

import java.io.IOException;
import java.net.URI;

/** The ClinicalTrials.gov API refused a request or kept failing; names the URL and the last HTTP status (0 if none). */
public final class CtgovApiException extends IOException {

    private final URI uri;
    private final int status;

    CtgovApiException(URI uri, int status, String reason, Throwable cause) {
        super(uri + (status > 0 ? " answered HTTP " + status : "") + ": " + reason, cause);
        this.uri = uri;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    /** The HTTP status of the last answer, or 0 when the request failed without one (timeout, connection refused). */
    public int status() {
        return status;
    }
}
