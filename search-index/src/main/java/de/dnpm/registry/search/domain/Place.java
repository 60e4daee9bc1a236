package de.dnpm.registry.search.domain;

/**
 * What a gazetteer lookup found: the place's name as the gazetteer writes it (GeoNames' name, which may be English:
 * "Munich"), its ISO 3166-1 alpha-2 country, its GeoNames admin1 code ("02" Bavaria, "MA" Massachusetts; empty when
 * unknown), the postal code for a {@link PlaceSource#POSTAL_CODE} lookup (else null), its point and how it was found.
 */
public record Place(String name, String country, String admin1, String postalCode, GeoPoint point,
                    PlaceSource source) implements java.io.Serializable {

    public Place {
        if (name == null || country == null || point == null || source == null) {
            throw new IllegalArgumentException("a place needs a name, a country, a point and a source");
        }
        admin1 = admin1 == null ? "" : admin1;
    }

    public double distanceKm(GeoPoint other) {
        return point.distanceKm(other);
    }
}
