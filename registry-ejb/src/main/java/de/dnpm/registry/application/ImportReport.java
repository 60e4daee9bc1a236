package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.ImportProblem;

import java.util.List;

/**
 * What importing one file did: new studies, studies updated from a newer source version, records seen before
 * (same content hash), older source versions kept without changing the study, and records that could not be read.
 */
public record ImportReport(String source, int created, int updated, int unchanged, int olderVersions,
                           List<ImportProblem> problems) {

    public int accepted() {
        return created + updated + unchanged + olderVersions;
    }
}
