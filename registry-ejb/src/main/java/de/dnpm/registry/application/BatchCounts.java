package de.dnpm.registry.application;

/**
 * What one committed batch did: records read, new studies, studies updated from a newer version, records whose
 * content was stored before, older versions kept without changing the study, records that failed.
 */
public record BatchCounts(long read, long created, long updated, long unchanged, long olderVersions, long failed) {

    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0, 0, 0);

    public BatchCounts plus(BatchCounts other) {
        return new BatchCounts(read + other.read, created + other.created, updated + other.updated,
                unchanged + other.unchanged, olderVersions + other.olderVersions, failed + other.failed);
    }
}
