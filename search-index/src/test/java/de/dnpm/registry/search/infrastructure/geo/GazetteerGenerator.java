package de.dnpm.registry.search.infrastructure.geo;

import de.dnpm.registry.search.domain.PlaceNames;
import de.dnpm.registry.search.infrastructure.geo.GeoNamesRows.Admin1;
import de.dnpm.registry.search.infrastructure.geo.PostalCodeCentroids.Centroid;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the gazetteer's resources (search-index/src/main/resources/de/dnpm/registry/search/geo) from the shared
 * GeoNames files in {@code shared/data/vocab/geo}: one centroid per German postal code (plz_de.tsv), the world's places
 * in order of preference (cities.tsv.gz) and the states' names (admin1.tsv). The reviewed, hand-made aliases.tsv is
 * read, not written ("München" in the postal data counts for GeoNames' "Munich"). See PROVENANCE.md there for the
 * rules.
 * <p>
 * Run from the project root after {@code mvn -o -q test-compile -pl search-index}:
 * {@code java -cp search-index/target/classes:search-index/target/test-classes
 * de.dnpm.registry.search.infrastructure.geo.GazetteerGenerator ../shared/data search-index/src/main/resources/de/dnpm/registry/search/geo}
 */
public final class GazetteerGenerator {

    public static final String POSTAL_CODES = "plz_de.tsv";
    public static final String CITIES = "cities.tsv.gz";
    public static final String ADMIN1 = "admin1.tsv";
    public static final String ALIASES = "aliases.tsv";
    /** Where the resources live, from the search-index module's folder (the working folder of its tests). */
    public static final Path RESOURCES = Path.of("src/main/resources/de/dnpm/registry/search/geo");
    /* About 11 m: finer than any site address, and what the postal data itself has. */
    private static final String COORDINATE = "%.4f";
    /* A town is a district seat or holds at least one postal code's worth of localities; below that it is a village
       or a part of a town. */
    static final double TOWN_SHARE = 1.0;

    private GazetteerGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("shared.data", "../../shared/data"));
        Path out = args.length > 1 ? Path.of(args[1]) : RESOURCES;
        Map<String, String> files = generate(shared.resolve("vocab/geo"), out.resolve(ALIASES));
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".gz")) {
                // GZIPOutputStream writes no file name and a zero time: the same text gives the same bytes.
                try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(out.resolve(file.getKey())))) {
                    gzip.write(bytes);
                }
            } else {
                Files.write(out.resolve(file.getKey()), bytes);
            }
        }
    }

    /** The generated files' texts by file name (for cities.tsv.gz, its text before compression). */
    public static Map<String, String> generate(Path geo, Path aliasFile) throws IOException {
        List<GeoNamesRows.City> cities = GeoNamesRows.cities(geo.resolve("cities1000_geonames.tsv"));
        PostalCodeCentroids postal = new PostalCodeCentroids(GeoNamesRows.postalRows(geo.resolve("plz_de_geonames.csv")));
        List<Admin1> admin1 = GeoNamesRows.admin1(geo.resolve("cities1000_admin1.json"));

        List<CityRanking.Ranked> ranked = CityRanking.rank(cities, postal.localities(), germanAliases(aliasFile));
        List<CityRanking.Ranked> towns = ranked.stream()
                .filter(r -> "DE".equals(r.city().country()) && (r.seat() || r.postalShare() >= TOWN_SHARE)).toList();
        Map<String, List<CityRanking.Ranked>> germanByName = new HashMap<>();
        for (CityRanking.Ranked place : ranked) {
            if ("DE".equals(place.city().country())) {
                germanByName.computeIfAbsent(PlaceNames.key(PlaceNames.baseName(place.city().name(), "DE")),
                        k -> new ArrayList<>()).add(place);
            }
        }
        // A locality's weight as a name for its code: the postal share of the town of that name nearby.
        List<Centroid> centroids = postal.centroids((name, point) -> germanByName.getOrDefault(name, List.of())
                .stream().filter(t -> t.point().distanceKm(point) <= CityRanking.SHARE_RADIUS_KM)
                .mapToDouble(CityRanking.Ranked::postalShare).max().orElse(0), towns);

        Map<String, String> files = new LinkedHashMap<>();
        files.put(POSTAL_CODES, postalCodes(centroids));
        files.put(CITIES, cities(ranked));
        files.put(ADMIN1, admin1(admin1));
        return files;
    }

    private static String postalCodes(List<Centroid> centroids) {
        StringBuilder text = new StringBuilder("postal_code\tadmin1\tlat\tlon\tname\n");
        for (Centroid c : centroids) {
            text.append(c.code()).append('\t').append(c.admin1()).append('\t').append(coordinate(c.point().lat()))
                    .append('\t').append(coordinate(c.point().lon())).append('\t').append(c.name()).append('\n');
        }
        return text.toString();
    }

    private static String cities(List<CityRanking.Ranked> ranked) {
        StringBuilder text = new StringBuilder("country\tadmin1\tname\tlat\tlon\tpostal_share\tseat\n");
        for (CityRanking.Ranked r : ranked) {
            text.append(r.city().country()).append('\t').append(r.city().admin1()).append('\t')
                    .append(r.city().name()).append('\t').append(coordinate(r.city().lat())).append('\t')
                    .append(coordinate(r.city().lon())).append('\t');
            if (!Double.isNaN(r.postalShare())) {
                text.append(String.format(Locale.ROOT, "%.2f", r.postalShare()));
            }
            text.append('\t').append(r.seat() ? "1" : "").append('\n');
        }
        return text.toString();
    }

    private static String admin1(List<Admin1> entries) {
        StringBuilder text = new StringBuilder("country\tcode\tname\n");
        entries.stream().sorted(Comparator.comparing(Admin1::country).thenComparing(Admin1::code))
                .forEach(e -> text.append(e.country()).append('\t').append(e.code()).append('\t').append(e.name())
                        .append('\n'));
        return text.toString();
    }

    /** The German city aliases of the reviewed alias file, by the GeoNames name they stand for. */
    static Map<String, List<String>> germanAliases(Path aliasFile) throws IOException {
        Map<String, List<String>> aliases = new HashMap<>();
        for (String line : Files.readAllLines(aliasFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && f[0].equals("city") && f[1].equals("DE")) {
                aliases.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[3]);
            }
        }
        return aliases;
    }

    private static String coordinate(double degrees) {
        String text = String.format(Locale.ROOT, COORDINATE, degrees);
        return text.equals("-0.0000") ? "0.0000" : text;
    }
}
