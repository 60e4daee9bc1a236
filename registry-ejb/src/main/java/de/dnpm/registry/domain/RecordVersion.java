package de.dnpm.registry.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Which version of a registry record this is: the registry's last-update date (ISO text, possibly partial such as
 * "2024-05"; null when the source has none) and the hash of its canonical content. Versions are totally ordered, so
 * whichever order the versions of a record are imported in, the same one ends up shown.
 */
public record RecordVersion(String versionDate, String contentHash) {

    /*
     * An undated version (an API "fields=" projection, say) is older than any dated one: it never overwrites a full
     * record. Equal dates are decided by the content hash, an arbitrary but fixed order.
     */
    private static final Comparator<RecordVersion> ORDER = Comparator
            .comparing(RecordVersion::versionDate, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(RecordVersion::contentHash, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    public RecordVersion {
        Objects.requireNonNull(contentHash, "contentHash");
        versionDate = versionDate == null || versionDate.isBlank() ? null : versionDate.strip();
    }

    /** Whether this version should replace {@code shown} as the one a study shows. */
    public boolean supersedes(RecordVersion shown) {
        return shown == null || ORDER.compare(this, shown) > 0;
    }
}
