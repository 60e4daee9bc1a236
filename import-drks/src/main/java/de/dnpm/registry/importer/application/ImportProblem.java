package de.dnpm.registry.importer.application;

/**
 * A record that could not be read: the file (or zip entry) it came from, its position there (e.g. "study #17",
 * "line 3 column 5"), its registry id when known, and why. A problem never aborts the rest of the file.
 */
public record ImportProblem(String source, String position, String recordId, String reason) {
    @Override
    public String toString() {
        return source + " [" + position + "]" + (recordId == null ? "" : " " + recordId) + ": " + reason;
    }
}
