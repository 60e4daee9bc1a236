package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.GermanState;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.SiteLocation;

import java.util.Locale;
import java.util.Optional;

/**
 * The doc value of {@link StudyFields#STATS_RECRUITING_PLACE}: a recruiting site in Germany as
 * "lat|lon|state|city", the point rounded to three decimals (about 100 m) so that the departments of one hospital,
 * and sites placed at the same postal code, are one place. A set per study, so a study counts once per place.
 */
final class RecruitingPlaceValue {

    private static final int MAX_CITY = 120;

    private RecruitingPlaceValue() {
    }

    /** The value of a site in Germany; empty for a site elsewhere or in a country not known. */
    static Optional<String> of(SiteLocation site) {
        if (!"DE".equals(site.country())) {
            return Optional.empty();
        }
        String state = site.germanState().map(GermanState::isoCode).orElse("");
        String city = site.city() == null ? "" : site.city().replace('|', '/').replaceAll("\\s+", " ").strip();
        if (city.length() > MAX_CITY) {
            city = city.substring(0, MAX_CITY);
        }
        return Optional.of(String.format(Locale.ROOT, "%.3f|%.3f|%s|%s", site.point().lat(), site.point().lon(),
                state, city));
    }

    /** The state of a value ("DE-BW"), "" when not known: read without parsing the rest. */
    static String state(String value) {
        int afterLat = value.indexOf('|');
        int afterLon = value.indexOf('|', afterLat + 1);
        return value.substring(afterLon + 1, value.indexOf('|', afterLon + 1));
    }

    /** The place a value describes, with the number of studies recruiting there. */
    static RecruitingPlace place(String value, long studies) {
        String[] part = value.split("\\|", 4);
        return new RecruitingPlace(new GeoPoint(Double.parseDouble(part[0]), Double.parseDouble(part[1])),
                part[3].isEmpty() ? null : part[3], part[2].isEmpty() ? null : part[2], studies);
    }
}
