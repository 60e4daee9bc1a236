package de.dnpm.registry.search.infrastructure.geo;

import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gazetteer against the registry's own coordinates: every ClinicalTrials.gov site of the shared data that has a
 * geoPoint is geocoded from its city, state and country alone, as a site without a geoPoint would be, and must land
 * near the registry's point; German sites also by their postal code, which shows where the registry itself erred.
 */
class SiteGeocodingTest {

    private static final Path CTGOV = Path.of(System.getProperty("shared.data", "../../shared/data"),
            "ctgov/ctgov-v2-json");
    private static final double NEAR_KM = 25;
    private static final System.Logger LOG = System.getLogger(SiteGeocodingTest.class.getName());
    private static final List<Site> SITES = new ArrayList<>();
    private static Gazetteer gazetteer;

    record Site(String city, String state, String zip, String country, GeoPoint point) {
    }

    @BeforeAll
    static void readSites() throws IOException {
        assumeTrue(Files.isDirectory(CTGOV), "shared data absent: " + CTGOV);
        try (Stream<Path> files = Files.walk(CTGOV)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                collect(MinimalJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        gazetteer = GazetteerLoader.load();
    }

    @Test
    void placesNineInTenSitesWithinTwentyFiveKilometresByTheirTownAlone() {
        Map<String, String> isoByName = isoCountryCodes();
        int sites = 0;
        int found = 0;
        int near = 0;
        List<String> far = new ArrayList<>();
        for (Site site : SITES) {
            String iso = isoByName.get(site.country().toLowerCase(Locale.ROOT));
            if (iso == null) {
                continue;
            }
            sites++;
            Optional<Place> place = gazetteer.city(site.city(), iso, site.state());
            boolean isNear = place.isPresent() && place.get().distanceKm(site.point()) <= NEAR_KM;
            found += place.isPresent() ? 1 : 0;
            near += isNear ? 1 : 0;
            if (place.isPresent() && !isNear && far.size() < 10) {
                far.add(site.city() + "/" + site.state() + "/" + iso + " → " + place.get().name() + " "
                        + place.get().admin1());
            }
        }
        LOG.log(System.Logger.Level.INFO, "{0} sites by town: {1} found, {2} within {3} km; far, e.g.: {4}",
                sites, found, near, NEAR_KM, far);
        assertTrue(sites > 5_000, sites + " sites read");
        assertTrue(near >= 0.93 * sites, near + " of " + sites + " sites near their registry point");
        assertTrue(near >= 0.97 * found, near + " of " + found + " found sites near their registry point");
    }

    @Test
    void placesGermanSitesByPostalCodeAndTownWhereTheRegistryDoes() {
        int sites = 0;
        int near = 0;
        int misplacedByRegistry = 0;
        List<String> far = new ArrayList<>();
        for (Site site : SITES) {
            if (!site.country().equals("Germany")) {
                continue;
            }
            sites++;
            Optional<Place> place = gazetteer.locate(site.zip(), site.city(), site.state(), "DE");
            Optional<Place> code = gazetteer.postalCode("DE", site.zip());
            if (place.isPresent() && place.get().distanceKm(site.point()) <= NEAR_KM) {
                near++;
            } else if (code.isPresent() && code.get().distanceKm(site.point()) > NEAR_KM) {
                // The registry's point contradicts the site's own postal code: ClinicalTrials.gov put
                // "München, 81377" near Cottbus and "Kempten, 87439" near Bingen.
                misplacedByRegistry++;
            } else {
                far.add(site.city() + " " + site.zip() + " → " + place.map(Place::name).orElse("nothing"));
            }
        }
        LOG.log(System.Logger.Level.INFO, "{0} German sites: {1} within {2} km, {3} misplaced by the registry; "
                + "other: {4}", sites, near, NEAR_KM, misplacedByRegistry, far);
        assertTrue(sites > 250, sites + " German sites read");
        assertTrue(far.size() <= 0.01 * sites, "German sites far from their registry point: " + far);
    }

    /** The sites of {"studies": [...]} files, of a single study's file, or of a bare array of studies. */
    @SuppressWarnings("unchecked")
    private static void collect(Object json) {
        if (json instanceof List<?> list) {
            list.forEach(SiteGeocodingTest::collect);
        } else if (json instanceof Map<?, ?> map) {
            if (map.get("studies") instanceof List<?> studies) {
                studies.forEach(SiteGeocodingTest::collect);
            } else if (map.get("protocolSection") instanceof Map<?, ?> protocol
                    && protocol.get("contactsLocationsModule") instanceof Map<?, ?> module
                    && module.get("locations") instanceof List<?> locations) {
                for (Object location : locations) {
                    Map<String, Object> l = (Map<String, Object>) location;
                    if (l.get("geoPoint") instanceof Map<?, ?> point && l.get("city") instanceof String city
                            && l.get("country") instanceof String country) {
                        SITES.add(new Site(city, (String) l.get("state"), (String) l.get("zip"), country, new GeoPoint(
                                ((Number) point.get("lat")).doubleValue(), ((Number) point.get("lon")).doubleValue())));
                    }
                }
            }
        }
    }

    /** ClinicalTrials.gov writes countries by their English names; a few differ from the JDK's. */
    private static Map<String, String> isoCountryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            codes.put(Locale.of("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
        }
        codes.putAll(Map.of("korea, republic of", "KR", "russian federation", "RU", "turkey", "TR",
                "iran, islamic republic of", "IR", "taiwan", "TW", "hong kong", "HK", "czech republic", "CZ",
                "vietnam", "VN", "moldova, republic of", "MD", "syrian arab republic", "SY"));
        return codes;
    }
}
