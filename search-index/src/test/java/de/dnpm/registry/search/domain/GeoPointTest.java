package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeoPointTest {

    @Test
    void measuresOneDegreeOfLatitudeAsAbout111Km() {
        assertEquals(111.19, new GeoPoint(49, 8.69).distanceKm(new GeoPoint(50, 8.69)), 0.01);
    }

    @Test
    void measuresAlongTheGreatCircleNotTheMap() {
        // Berlin Alexanderplatz to New York City Hall: 6,385 km by great circle (a flat map would say over 10,000)
        assertEquals(6385, new GeoPoint(52.5219, 13.4132).distanceKm(new GeoPoint(40.7128, -74.0060)), 10);
    }

    @Test
    void isSymmetricAndZeroForTheSamePoint() {
        GeoPoint heidelberg = new GeoPoint(49.4077, 8.6908);
        GeoPoint mannheim = new GeoPoint(49.4891, 8.4669);
        assertEquals(heidelberg.distanceKm(mannheim), mannheim.distanceKm(heidelberg), 1e-9);
        assertEquals(0, heidelberg.distanceKm(heidelberg), 1e-9);
    }

    @Test
    void handlesAntipodesAndTheDateLine() {
        assertEquals(Math.PI * 6371.0088, new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)), 0.001);
        assertEquals(22.2, new GeoPoint(0, 179.9).distanceKm(new GeoPoint(0, -179.9)), 0.1);
    }

    @Test
    void rejectsWhatIsNotOnTheEarth() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
    }
}
