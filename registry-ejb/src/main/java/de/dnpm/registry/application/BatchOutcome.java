package de.dnpm.registry.application;

import java.util.HashSet;
import java.util.Set;

/** What one committed batch of records changed. */
public final class BatchOutcome {
    int created;
    int updated;
    int unchanged;
    int olderVersions;
    final Set<Long> changedStudyIds = new HashSet<>();

    void add(BatchOutcome other) {
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        olderVersions += other.olderVersions;
        changedStudyIds.addAll(other.changedStudyIds);
    }
}
