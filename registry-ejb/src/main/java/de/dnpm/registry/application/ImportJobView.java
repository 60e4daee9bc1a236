package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJobState;

import java.time.Instant;

/**
 * An import job as the interfaces show it: what it reads, its state, its counters (records read, new studies,
 * updated, unchanged, older versions kept without changing the study, failed records, warnings about records
 * imported all the same) and its speed. The byte counts
 * give the progress of a file whose size is known ({@code bytesTotal} is 0 when it is not).
 */
public record ImportJobView(long id, String source, ImportJobState state, String startedBy, Instant createdAt,
                            Instant startedAt, Instant finishedAt, long read, long created, long updated,
                            long unchanged, long olderVersions, long failed, long warnings, long bytesRead,
                            long bytesTotal,
                            double recordsPerSecond, String message) {

    /** Progress in percent (0–100): by bytes while running, 100 once the job has ended. */
    public int percent() {
        if (state.isFinal()) {
            return 100;
        }
        if (bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / bytesTotal);
    }
}
