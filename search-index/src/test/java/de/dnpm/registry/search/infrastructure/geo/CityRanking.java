package de.dnpm.registry.search.infrastructure.geo;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceNames;
import de.dnpm.registry.search.infrastructure.geo.GeoNamesRows.City;
import de.dnpm.registry.search.infrastructure.geo.PostalCodeCentroids.Localities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The order of preference among places of one name, since GeoNames' cities1000 extract has no population to tell
 * Frankfurt am Main from Frankfurt (Oder). In Germany a district seat or kreisfreie Stadt comes first (Amberg in the
 * Upper Palatinate, not the village Amberg in Swabia: GeoNames' admin seats, told from the postal data's districts),
 * then a town's postal share: the postal codes within 25 km
 * whose localities bear its name (without qualifier), each counted by the fraction of its localities that do; Frankfurt
 * am Main holds 41, Frankfurt (Oder) about 3, Lindau (Bodensee) 0.5, the village Lindau in Schleswig-Holstein 1/7.
 * Everywhere (and in Germany on equal shares) the number of other places within 10 km decides next (a city has
 * suburbs around it; on the ClinicalTrials.gov sites of the shared data this picks the right one of an ambiguous name
 * about half the time, the file's own order two times in five), and last the file's order.
 */
final class CityRanking {

    /**
     * A place with what ranks it; {@code postalShare} is NaN outside Germany; {@code seat}: a German town that gives
     * its name to the district it lies in (a district seat or a kreisfreie Stadt: Hof, not Hof im Westerwald).
     */
    record Ranked(City city, double postalShare, boolean seat, int neighbours) {
        GeoPoint point() {
            return new GeoPoint(city.lat(), city.lon());
        }
    }

    static final double SHARE_RADIUS_KM = 25;
    static final double NEIGHBOUR_RADIUS_KM = 10;
    private static final double CELL_DEGREES = 0.1;

    private CityRanking() {
    }

    /**
     * All places, by country, each country's most prominent first. {@code germanAliases}: other names of German
     * places by their GeoNames name ("Munich" → "München"), because the postal data says "München".
     */
    static List<Ranked> rank(List<City> cities, List<Localities> postalCodes, Map<String, List<String>> germanAliases) {
        Map<String, List<NamedCode>> codesByPlace = new HashMap<>();
        for (Localities code : postalCodes) {
            Map<String, Long> localitiesByName = code.places().stream().collect(Collectors.groupingBy(
                    place -> PlaceNames.key(PlaceNames.baseName(place, "DE")), Collectors.counting()));
            localitiesByName.forEach((name, count) -> codesByPlace.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new NamedCode(code, (double) count / code.places().size())));
        }
        Map<Long, List<City>> grid = grid(cities);
        List<Ranked> ranked = new ArrayList<>(cities.size());
        for (City city : cities) {
            boolean german = "DE".equals(city.country());
            Set<String> names = german ? germanNames(city, germanAliases) : Set.of();
            List<NamedCode> codes = german ? codesNearby(city, names, codesByPlace) : List.of();
            ranked.add(new Ranked(city, german ? postalShare(codes) : Double.NaN, isSeat(city, germanAliases, codes),
                    neighbours(city, grid)));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.city().country())
                .thenComparing(Ranked::seat, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingDouble((Ranked r) -> Double.isNaN(r.postalShare()) ? 0
                        : r.postalShare()).reversed())
                .thenComparing(Comparator.comparingInt(Ranked::neighbours).reversed())
                .thenComparingInt(r -> r.city().index()));
        return ranked;
    }

    /**
     * A German name's key whole and without qualifier. Two names are the same place's when their keys are, or when
     * their keys without qualifier are and one of them has none ("Kreisfreie Stadt Halle" is Halle (Saale)'s; the
     * district "Neustadt an der Waldnaab" is not Neustadt am Kulm's).
     */
    record NameKeys(String full, String base) {
        static NameKeys of(String name) {
            return new NameKeys(PlaceNames.key(name), PlaceNames.key(PlaceNames.baseName(name, "DE")));
        }

        boolean sameAs(NameKeys other) {
            return full.equals(other.full)
                    || base.equals(other.base) && (full.equals(base) || other.full.equals(other.base));
        }
    }

    /** A postal code and the fraction of its localities that bear one name ("Königstein im Taunus Falkenstein"). */
    private record NamedCode(Localities code, double fraction) {
    }

    /** The keys of a German place's name without qualifier, and of its German names ("Munich" → münchen). */
    private static Set<String> germanNames(City city, Map<String, List<String>> germanAliases) {
        Set<String> names = new HashSet<>();
        names.add(PlaceNames.key(PlaceNames.baseName(city.name(), "DE")));
        for (String alias : germanAliases.getOrDefault(city.name(), List.of())) {
            names.add(PlaceNames.key(PlaceNames.baseName(alias, "DE")));
        }
        return names;
    }

    /** The postal codes within 25 km with localities of the place's name; one entry per code, its best fraction. */
    private static List<NamedCode> codesNearby(City city, Set<String> names, Map<String, List<NamedCode>> codesByPlace) {
        GeoPoint point = new GeoPoint(city.lat(), city.lon());
        Map<String, NamedCode> byCode = new TreeMap<>(); // summed in code order: the same doubles each run
        for (String name : names) {
            for (NamedCode named : codesByPlace.getOrDefault(name, List.of())) {
                if (point.distanceKm(named.code().centroid()) <= SHARE_RADIUS_KM) {
                    byCode.merge(named.code().code(), named, (a, b) -> a.fraction() >= b.fraction() ? a : b);
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    private static double postalShare(List<NamedCode> codes) {
        return codes.stream().mapToDouble(NamedCode::fraction).sum();
    }

    private static boolean isSeat(City city, Map<String, List<String>> germanAliases, List<NamedCode> codes) {
        List<NameKeys> names = new ArrayList<>();
        names.add(NameKeys.of(city.name()));
        germanAliases.getOrDefault(city.name(), List.of()).forEach(alias -> names.add(NameKeys.of(alias)));
        return codes.stream().anyMatch(c -> c.code().districts().stream()
                .anyMatch(district -> names.stream().anyMatch(district::sameAs)));
    }

    private static Map<Long, List<City>> grid(List<City> cities) {
        Map<Long, List<City>> grid = new HashMap<>();
        for (City city : cities) {
            grid.computeIfAbsent(cell(city.country(), row(city.lat()), column(city.lon())), k -> new ArrayList<>())
                    .add(city);
        }
        return grid;
    }

    /** Other places of the same country within 10 km; a grid of 0.1° cells keeps it to the cells nearby. */
    private static int neighbours(City city, Map<Long, List<City>> grid) {
        GeoPoint point = new GeoPoint(city.lat(), city.lon());
        int rows = 1;
        double cos = Math.max(0.05, Math.cos(Math.toRadians(city.lat())));
        int columns = (int) Math.ceil(NEIGHBOUR_RADIUS_KM / 111.2 / cos / CELL_DEGREES);
        int count = 0;
        for (int r = row(city.lat()) - rows; r <= row(city.lat()) + rows; r++) {
            for (int c = column(city.lon()) - columns; c <= column(city.lon()) + columns; c++) {
                for (City other : grid.getOrDefault(cell(city.country(), r, c), List.of())) {
                    if (other != city && point.distanceKm(new GeoPoint(other.lat(), other.lon()))
                            <= NEIGHBOUR_RADIUS_KM) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int column(double lon) {
        return (int) Math.floor(lon / CELL_DEGREES);
    }

    private static long cell(String country, int row, int column) {
        return ((long) (country.charAt(0) * 128 + country.charAt(1)) << 40) ^ ((long) (row + 1000) << 20)
                ^ (column + 2000);
    }
}
