package de.dnpm.registry.infrastructure;

import de.dnpm.registry.importer.domain.ImportLimits;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The portal's settings in one place. Each is read from a system property (set with {@code asadmin
 * create-system-properties} or {@code -D}), then from the environment, then falls back to a documented default.
 * <ul>
 *   <li>{@code registry.data.dir} / {@code REGISTRY_DATA_DIR}: where the Lucene index and spooled uploads live;
 *       default {@code <domain>/data} beside the H2 database, or {@code <tmp>/registry-data} outside GlassFish.</li>
 *   <li>{@code registry.import.dir} / {@code REGISTRY_IMPORT_DIR}: the only folder whose files and subfolders an
 *       administrator may import by path; default {@code <data dir>/imports}.</li>
 *   <li>{@code registry.sample.import} / {@code REGISTRY_SAMPLE_IMPORT}: import the bundled sample of real studies
 *       when the database is empty; default {@code true}.</li>
 *   <li>{@code registry.admin.password} / {@code REGISTRY_ADMIN_PASSWORD}: the password of the first administrator
 *       {@code admin}, used once, when no account exists; without it one is generated and logged once.</li>
 *   <li>{@code registry.ctgov.sync} / {@code REGISTRY_CTGOV_SYNC}: fetch changed studies from the ClinicalTrials.gov
 *       API v2 on a schedule; default {@code false}. With {@code registry.ctgov.url} / {@code REGISTRY_CTGOV_URL}
 *       (default {@code https://clinicaltrials.gov/api/v2}), {@code registry.ctgov.interval.hours} /
 *       {@code REGISTRY_CTGOV_INTERVAL_HOURS} (default 24) and {@code registry.ctgov.since} /
 *       {@code REGISTRY_CTGOV_SINCE} (first sync from this date, ISO; default: 7 days back).</li>
 *   <li>{@code registry.upload.max.bytes} / {@code REGISTRY_UPLOAD_MAX_BYTES}: the largest file an administrator may
 *       upload for import, in bytes; default 2 GiB (the whole AllPublicXML zip is about 1.5 GB). Uploads are streamed
 *       to disk, so the limit bounds disk use, not memory. The page's form upload is also capped at 2 GiB by
 *       web.xml; larger files go through the REST upload or the import folder.</li>
 *   <li>{@code registry.case.retention.days} / {@code REGISTRY_CASE_RETENTION_DAYS}: how many days a board case is
 *       kept after its last change before it is deleted with its shortlist and decision; default 365.</li>
 * </ul>
 */
@ApplicationScoped
public class RegistryConfiguration {

    static final long DEFAULT_CASE_RETENTION_DAYS = 365;

    public Path dataDirectory() {
        String configured = setting("registry.data.dir", "REGISTRY_DATA_DIR");
        if (configured != null) {
            return Path.of(configured);
        }
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        return domain != null ? Path.of(domain, "data") : Path.of(System.getProperty("java.io.tmpdir"), "registry-data");
    }

    public Path indexDirectory() {
        return dataDirectory().resolve("index");
    }

    /** Where uploads wait for their import job. */
    public Path spoolDirectory() {
        return dataDirectory().resolve("spool");
    }

    public Path importDirectory() {
        String configured = setting("registry.import.dir", "REGISTRY_IMPORT_DIR");
        return configured != null ? Path.of(configured) : dataDirectory().resolve("imports");
    }

    public boolean sampleImportEnabled() {
        String configured = setting("registry.sample.import", "REGISTRY_SAMPLE_IMPORT");
        return configured == null || Boolean.parseBoolean(configured);
    }

    public Optional<String> initialAdminPassword() {
        return Optional.ofNullable(setting("registry.admin.password", "REGISTRY_ADMIN_PASSWORD"));
    }

    public boolean ctgovSyncEnabled() {
        return Boolean.parseBoolean(setting("registry.ctgov.sync", "REGISTRY_CTGOV_SYNC"));
    }

    public URI ctgovApi() {
        String configured = setting("registry.ctgov.url", "REGISTRY_CTGOV_URL");
        return URI.create(configured != null ? configured : "https://clinicaltrials.gov/api/v2");
    }

    public Duration ctgovSyncInterval() {
        String configured = setting("registry.ctgov.interval.hours", "REGISTRY_CTGOV_INTERVAL_HOURS");
        return Duration.ofHours(configured != null ? Long.parseLong(configured) : 24);
    }

    /** The upload limit; read at each upload, so a changed system property applies to the next one. */
    public long maxUploadBytes() {
        String configured = setting("registry.upload.max.bytes", "REGISTRY_UPLOAD_MAX_BYTES");
        if (configured == null) {
            return ImportLimits.MAX_UPLOAD_BYTES;
        }
        long bytes = Long.parseLong(configured.strip());
        if (bytes <= 0) {
            throw new IllegalArgumentException("registry.upload.max.bytes must be positive: " + configured);
        }
        return bytes;
    }

    /** How long a board case is kept after its last change; read at each use, so a change applies to the next one. */
    public Duration caseRetention() {
        String configured = setting("registry.case.retention.days", "REGISTRY_CASE_RETENTION_DAYS");
        long days = configured == null ? DEFAULT_CASE_RETENTION_DAYS : Long.parseLong(configured.strip());
        if (days <= 0) {
            throw new IllegalArgumentException("registry.case.retention.days must be positive: " + configured);
        }
        return Duration.ofDays(days);
    }

    public Optional<String> ctgovSyncSince() {
        return Optional.ofNullable(setting("registry.ctgov.since", "REGISTRY_CTGOV_SINCE"));
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
