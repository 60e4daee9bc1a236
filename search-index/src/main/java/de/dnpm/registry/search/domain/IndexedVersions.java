package de.dnpm.registry.search.domain;

import java.util.Arrays;

/**
 * Which version of each study the index holds: study ids ascending, with the database version of the document
 * indexed for each (0 where unknown). Two plain arrays, so that even 600,000 studies take a few megabytes.
 */
public record IndexedVersions(long[] studyIds, long[] versions) {

    public IndexedVersions {
        if (studyIds.length != versions.length) {
            throw new IllegalArgumentException("one version per study id");
        }
    }

    public int size() {
        return studyIds.length;
    }

    /** The version indexed for this study, or -1 if the index does not hold it. */
    public long versionOf(long studyId) {
        int at = Arrays.binarySearch(studyIds, studyId);
        return at < 0 ? -1 : versions[at];
    }
}
