package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;

import java.time.Instant;

/**
 * One study as exported: its public JSON shape, the link to its page on this portal, and when the portal last changed
 * it (the fallback for "updated" where the registry record gives no last-update date).
 */
public record ExportedStudy(StudyDetail detail, String pageUrl, Instant portalUpdatedAt) {
}
