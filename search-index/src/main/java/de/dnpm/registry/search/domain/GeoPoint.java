package de.dnpm.registry.search.domain;

/**
 * A point on the earth in WGS 84 degrees (latitude north positive, longitude east positive), as registries and
 * GeoNames give them.
 */
public record GeoPoint(double lat, double lon) implements java.io.Serializable {

    /** The mean earth radius (IUGG), which keeps the spherical distance within 0.5 % of the ellipsoidal one. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point on the earth: " + lat + ", " + lon);
        }
    }

    /** The great-circle distance in kilometres (haversine: stable for the short distances a patient travels). */
    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(other.lon - lon) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
