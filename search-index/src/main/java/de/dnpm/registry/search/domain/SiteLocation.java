package de.dnpm.registry.search.domain;

/**
 * Where one site of a study is, for "near me": its point, how the point was obtained ({@link PlaceSource#REGISTRY}
 * when the registry gave coordinates, else from the site's postal code or town), whether the site recruits now, and
 * what to show (facility, city). {@code country} (ISO 3166-1 alpha-2) and {@code admin1} (GeoNames' code of the
 * state, "02" Bavaria) say where it is for the registry's statistics; either may be null when not known.
 */
public record SiteLocation(GeoPoint point, PlaceSource source, boolean recruiting, String facility, String city,
                           String country, String admin1) {

    public SiteLocation {
        if (point == null || source == null) {
            throw new IllegalArgumentException("a site location needs a point and its source");
        }
    }

    /** A site whose country and state are not known (read back from a hit, or placed by a registry point alone). */
    public SiteLocation(GeoPoint point, PlaceSource source, boolean recruiting, String facility, String city) {
        this(point, source, recruiting, facility, city, null, null);
    }

    /** The German state the site lies in; empty outside Germany or when not known. */
    public java.util.Optional<GermanState> germanState() {
        return "DE".equals(country) ? GermanState.ofGeoNamesCode(admin1) : java.util.Optional.empty();
    }
}
