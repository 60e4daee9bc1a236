package de.dnpm.registry.search.domain;

import java.util.regex.Pattern;

/**
 * The normal form of a biomarker, as the index stores it and a query asks for it: a marker ("EGFR", "ERBB2", "PDL1",
 * "BCR-ABL", "MSI") and, where the trials tell more, a detail ("EGFR:L858R", "KRAS:G12C", "ALK:FUSION",
 * "ERBB2:POSITIVE", "MSI:HIGH"). HER2 is ERBB2, PD-L1 is PDL1, whatever the text wrote; the keys there are, and
 * which implies which, are the rows of {@link BiomarkerVocabulary}.
 */
public record BiomarkerKey(String marker, String detail) implements Comparable<BiomarkerKey> {

    private static final Pattern PART = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    public BiomarkerKey {
        if (marker == null || !PART.matcher(marker).matches()) {
            throw new IllegalArgumentException("not a biomarker name: " + marker);
        }
        detail = detail == null ? "" : detail;
        if (!detail.isEmpty() && !PART.matcher(detail).matches()) {
            throw new IllegalArgumentException("not a biomarker detail: " + detail);
        }
    }

    /** The key written as {@link #toString()} writes it: "EGFR", "KRAS:G12C". */
    public static BiomarkerKey of(String key) {
        int colon = key.indexOf(':');
        if (colon == key.length() - 1) {
            throw new IllegalArgumentException("not a biomarker key: " + key);
        }
        return colon < 0 ? new BiomarkerKey(key, "") : new BiomarkerKey(key.substring(0, colon),
                key.substring(colon + 1));
    }

    /** True for the marker alone ("EGFR"), false for a detail of it ("EGFR:T790M"). */
    public boolean isMarkerOnly() {
        return detail.isEmpty();
    }

    /** This marker with another detail ("EGFR:EXON20INS" → "ERBB2:EXON20INS"). */
    BiomarkerKey withMarker(String otherMarker) {
        return new BiomarkerKey(otherMarker, detail);
    }

    @Override
    public int compareTo(BiomarkerKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? marker : marker + ":" + detail;
    }
}
