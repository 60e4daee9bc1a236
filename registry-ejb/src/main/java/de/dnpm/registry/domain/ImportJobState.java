package de.dnpm.registry.domain;

/**
 * Where an import job stands. QUEUED and RUNNING are live; the others are final. INTERRUPTED marks a job that was
 * running or queued when the server stopped: everything it committed stays, and running it again finishes the work.
 */
public enum ImportJobState {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
