package de.dnpm.registry.search.domain;

/**
 * Where one site of a study is, for "near me": its point, how the point was obtained ({@link PlaceSource#REGISTRY}
 * when the registry gave coordinates, else from the site's postal code or town), whether the site recruits now, and
 * what to show (facility, city).
 */
public record SiteLocation(GeoPoint point, PlaceSource source, boolean recruiting, String facility, String city) {

    public SiteLocation {
        if (point == null || source == null) {
            throw new IllegalArgumentException("a site location needs a point and its source");
        }
    }
}
