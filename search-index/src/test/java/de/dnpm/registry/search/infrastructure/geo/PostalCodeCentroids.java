package de.dnpm.registry.search.infrastructure.geo;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceNames;
import de.dnpm.registry.search.infrastructure.geo.GeoNamesRows.PostalRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One centroid and one name per German postal code, from the GeoNames postal rows. The file mixes two kinds of rows
 * (checked on all 23,297): localities, whose state_code is a letter code ("BW"), and companies and authorities with a
 * code of their own (Großkunden, "Universitätsklinikum Frankfurt"), whose state_code is GeoNames' numeric admin1 code
 * ("05") and whose coordinates are each company's, sometimes hundreds of kilometres apart (10875: Mercedes-Benz sites
 * all over Germany).
 */
final class PostalCodeCentroids {

    /**
     * A code's localities: their mean point, their distinct names, and the names of the districts (Kreise) they
     * lie in ("Landkreis Lindau" → Lindau, "Vorpommern-Greifswald" → Vorpommern, Greifswald).
     */
    record Localities(String code, String admin1, GeoPoint centroid, List<String> places,
                      Set<CityRanking.NameKeys> districts) {
        /** A code shared by n places counts 1/n for each: a town that owns codes outright is a larger one. */
        double weight() {
            return 1.0 / places.size();
        }
    }

    /** One line of plz_de.tsv. */
    record Centroid(String code, String admin1, GeoPoint point, String name) {
    }

    /* GeoNames' admin1 codes of the 16 Länder, by the letter codes of the locality rows. */
    private static final Map<String, String> ADMIN1_BY_LETTERS = Map.ofEntries(
            Map.entry("BW", "01"), Map.entry("BY", "02"), Map.entry("HB", "03"), Map.entry("HH", "04"),
            Map.entry("HE", "05"), Map.entry("NI", "06"), Map.entry("NW", "07"), Map.entry("RP", "08"),
            Map.entry("SL", "09"), Map.entry("SH", "10"), Map.entry("BB", "11"), Map.entry("MV", "12"),
            Map.entry("SN", "13"), Map.entry("ST", "14"), Map.entry("TH", "15"), Map.entry("BE", "16"));
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{2}");
    private static final Pattern DISTRICT_PREFIX =
            Pattern.compile("^(?:Kreisfreie Stadt|Stadtkreis|Landkreis|Kreis|Städteregion|Region|Regionalverband)\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{2}");
    /* A community that is a town in its own right: "Kreisfreie Stadt Dresden", "Stadtkreis Stuttgart",
       "Berlin, Stadt", "Kassel, documenta-Stadt", "Hamburg, Freie und Hansestadt". */
    private static final List<Pattern> TOWN_COMMUNITY = List.of(
            Pattern.compile("^Kreisfreie Stadt (.+)$"),
            Pattern.compile("^Stadtkreis (.+)$"),
            Pattern.compile("^(.+?), [^,]*[Ss]tadt[^,]*$"));

    private final Map<String, List<PostalRow>> rowsByCode;

    PostalCodeCentroids(List<PostalRow> rows) {
        rowsByCode = rows.stream().collect(Collectors.groupingBy(PostalRow::code, TreeMap::new, Collectors.toList()));
    }

    /** Every code that has locality rows, with the mean of their points (their spread is at most 33 km). */
    List<Localities> localities() {
        List<Localities> result = new ArrayList<>();
        rowsByCode.forEach((code, rows) -> {
            List<PostalRow> localities = rows.stream().filter(PostalCodeCentroids::isLocality).toList();
            if (!localities.isEmpty()) {
                double lat = localities.stream().mapToDouble(PostalRow::lat).average().orElseThrow();
                double lon = localities.stream().mapToDouble(PostalRow::lon).average().orElseThrow();
                Set<String> places = new LinkedHashSet<>();
                localities.forEach(row -> places.add(row.place()));
                Set<CityRanking.NameKeys> districts = new LinkedHashSet<>();
                localities.forEach(row -> districts.addAll(districtNames(row.community())));
                result.add(new Localities(code, ADMIN1_BY_LETTERS.get(localities.getFirst().stateCode()),
                        new GeoPoint(lat, lon), List.copyOf(places), Set.copyOf(districts)));
            }
        });
        return result;
    }

    /**
     * A centroid for every code. With localities: their mean, named after the town when the community is one
     * ("Berlin, Stadt" → Berlin, although 13047 lists only "Reinickendorf"), else after the locality whose town
     * nearby holds the most codes ({@code townShare}; 03238 → Finsterwalde, not Gröbitz), else the first.
     * Companies only: the median of their points, which the stray far-away ones cannot move, named after the most
     * frequent community when it is a town, or else the nearest town; the state most of them are in.
     */
    List<Centroid> centroids(BiFunction<String, GeoPoint, Double> townShare, List<CityRanking.Ranked> towns) {
        Map<String, Localities> byCode = localities().stream()
                .collect(Collectors.toMap(Localities::code, l -> l));
        List<Centroid> centroids = new ArrayList<>();
        rowsByCode.forEach((code, rows) -> {
            Localities localities = byCode.get(code);
            if (localities != null) {
                String name = townOf(mostCommon(rows.stream().filter(PostalCodeCentroids::isLocality)
                        .map(PostalRow::community).toList()));
                if (name == null) {
                    name = localities.places().stream()
                            .max(Comparator.comparingDouble((String p) ->
                                    townShare.apply(PlaceNames.key(PlaceNames.baseName(p, "DE")),
                                            localities.centroid()))
                                    .thenComparing(p -> -localities.places().indexOf(p)))
                            .orElseThrow();
                }
                centroids.add(new Centroid(code, localities.admin1(), localities.centroid(), name));
            } else {
                GeoPoint median = new GeoPoint(median(rows.stream().mapToDouble(PostalRow::lat).toArray()),
                        median(rows.stream().mapToDouble(PostalRow::lon).toArray()));
                String name = townOf(mostCommon(rows.stream().map(PostalRow::community).toList()));
                if (name == null) {
                    name = nearest(median, towns);
                }
                String admin1 = mostCommon(rows.stream().map(PostalRow::stateCode)
                        .filter(s -> DIGITS.matcher(s).matches()).toList());
                centroids.add(new Centroid(code, admin1, median, name));
            }
        });
        return centroids;
    }

    /**
     * The names a district (Kreis) is called by: without "Landkreis", "Kreisfreie Stadt", ", Stadt" and the like,
     * whole and by its hyphenated parts. A district is named after its seat, or is a town itself (kreisfreie Stadt).
     */
    static Set<CityRanking.NameKeys> districtNames(String community) {
        String name = DISTRICT_PREFIX.matcher(community).replaceFirst("");
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma);
        }
        Set<CityRanking.NameKeys> names = new LinkedHashSet<>();
        names.add(CityRanking.NameKeys.of(name));
        for (String part : name.split("-")) {
            names.add(CityRanking.NameKeys.of(part));
        }
        names.removeIf(n -> n.full().isEmpty());
        return names;
    }

    private static boolean isLocality(PostalRow row) {
        return LETTERS.matcher(row.stateCode()).matches();
    }

    private static String townOf(String community) {
        for (Pattern pattern : TOWN_COMMUNITY) {
            Matcher m = pattern.matcher(community);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The most frequent value, the first of equals. */
    private static String mostCommon(List<String> values) {
        Map<String, Long> counts = values.stream()
                .collect(Collectors.groupingBy(v -> v, java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String nearest(GeoPoint point, List<CityRanking.Ranked> towns) {
        CityRanking.Ranked best = null;
        double bestKm = Double.MAX_VALUE;
        for (CityRanking.Ranked town : towns) {
            double km = point.distanceKm(town.point());
            if (km < bestKm) {
                bestKm = km;
                best = town;
            }
        }
        return best == null ? "" : best.city().name();
    }
}
