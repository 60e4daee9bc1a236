package de.dnpm.registry.search.domain;

/**
 * "Near me": studies with at least one site within {@code radiusKm} of {@code place}; {@code byDistance} orders the
 * list by the nearest site instead of by relevance.
 */
public record Nearby(Place place, double radiusKm, boolean byDistance) implements java.io.Serializable {

    public static final double MAX_RADIUS_KM = 20_000;

    public Nearby {
        if (place == null || !(radiusKm > 0) || radiusKm > MAX_RADIUS_KM) {
            throw new IllegalArgumentException("a place and a radius between 0 and " + MAX_RADIUS_KM + " km");
        }
    }
}
