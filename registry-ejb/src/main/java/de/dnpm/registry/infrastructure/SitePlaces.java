package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.Site;
import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;

import java.util.Optional;

/**
 * Where a site is: the registry's coordinates where it gave them (ClinicalTrials.gov's geoPoint), else the site's
 * German postal code or its town from the offline gazetteer (DRKS and many CT.gov sites have only a town). Sites that
 * cannot be placed stay without a place, never guessed. The index ("near me" searches) and the study page (sites by
 * distance) place sites by this one rule, so both give the same distance.
 */
public final class SitePlaces {

    /**
     * Registry coordinates more than {@value #MAX_DISAGREEMENT_KM} km from the site's own postal code (the code
     * agreeing with its town) are taken for a geocoding error of the registry (a town of the same name elsewhere,
     * say), and the postal code's centroid is used instead.
     */
    static final double MAX_DISAGREEMENT_KM = 50;

    private SitePlaces() {
    }

    /**
     * Where the site is, how that was found, the town's name (the site's own, else the gazetteer's), its ISO country
     * code and its first-level region (a German state's code from the gazetteer; null when unknown).
     */
    public record SitePlace(GeoPoint point, PlaceSource source, String town, String country, String admin1) {
    }

    public static Optional<SitePlace> locate(Site site) {
        return locate(site.getPostalCode(), site.getCity(), site.getState(), site.getCountry(), site.getLatitude(),
                site.getLongitude());
    }

    /** The same rule for a site's parts as stored: {@code country} as the registry wrote it (name or ISO code). */
    public static Optional<SitePlace> locate(String postalCode, String city, String state, String country,
                                             Double latitude, Double longitude) {
        String iso2 = CountryCodes.iso2(country);
        Optional<Place> byAddress = iso2 == null ? Optional.empty()
                : GazetteerLoader.shared().locate(postalCode, city, state, iso2);
        if (latitude != null && longitude != null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
            GeoPoint registry = new GeoPoint(latitude, longitude);
            if (!contradicts(registry, byAddress)) {
                // the state from the site's address where it lies near the registry's point: a town of the same
                // name elsewhere ("Neustadt") must not move the site into another state
                String admin1 = byAddress.filter(place -> place.distanceKm(registry) <= MAX_DISAGREEMENT_KM)
                        .map(Place::admin1).orElse(null);
                return Optional.of(new SitePlace(registry, PlaceSource.REGISTRY, city, iso2, admin1));
            }
        }
        return byAddress.map(place -> new SitePlace(place.point(), place.source(), city != null ? city : place.name(),
                iso2, place.admin1()));
    }

    private static boolean contradicts(GeoPoint registry, Optional<Place> address) {
        return address.isPresent() && address.get().source() == PlaceSource.POSTAL_CODE
                && registry.distanceKm(address.get().point()) > MAX_DISAGREEMENT_KM;
    }
}
