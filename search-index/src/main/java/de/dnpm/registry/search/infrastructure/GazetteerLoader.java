package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.GazetteerBuilder;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.PlaceSource;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Builds the {@link Gazetteer} from the resources beside this library's classes (de/dnpm/registry/search/geo, derived
 * from GeoNames, CC BY 4.0: see PROVENANCE.md there), so the running portal needs no data folder. Loading takes about
 * half a second warm, one to two seconds in a fresh JVM on two cores, and keeps about 50 MB of heap: load once (an
 * application-scoped bean) and share the result, which is immutable.
 */
public final class GazetteerLoader {

    private static final String FOLDER = "/de/dnpm/registry/search/geo/";
    private static final System.Logger LOG = System.getLogger(GazetteerLoader.class.getName());
    /* The header lines the loader was written for: a regenerated file with other columns fails loudly. */
    private static final String POSTAL_HEADER = "postal_code\tadmin1\tlat\tlon\tname";
    private static final String CITY_HEADER = "country\tadmin1\tname\tlat\tlon\tpostal_share\tseat";
    private static final String ADMIN1_HEADER = "country\tcode\tname";
    /* A German district seat, or a town with at least one postal code's worth of localities; see PROVENANCE.md. */
    private static final double TOWN_SHARE = 1.0;

    private GazetteerLoader() {
    }

    private static final SharedResource<Gazetteer> SHARED = new SharedResource<>(GazetteerLoader::load);

    /** The gazetteer every user of this class loader shares: loaded once, on first use (about a second, 48 MB). */
    public static Gazetteer shared() {
        return SHARED.get();
    }

    /** Lets the shared gazetteer go, for an application being undeployed. */
    public static void release() {
        SHARED.release();
    }

    /** Reads every resource; a missing or malformed one is a packaging error, thrown as unchecked. */
    public static Gazetteer load() {
        long start = System.nanoTime();
        GazetteerBuilder builder = Gazetteer.builder();
        Map<String, String> countries = new HashMap<>();
        lines("admin1.tsv", ADMIN1_HEADER, f -> builder.admin1(f[0], f[1], f[2]));
        lines("aliases.tsv", null, f -> {
            switch (f[0]) {
                case "city" -> builder.cityAlias(f[1], f[3], f[2]);
                case "admin1" -> builder.admin1(f[1], f[2], f[3]);
                default -> throw new IllegalArgumentException("unknown alias kind " + f[0]);
            }
        });
        lines("plz_de.tsv", POSTAL_HEADER, f -> builder.postalCode(new Place(f[4], "DE", f[1], f[0],
                new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])), PlaceSource.POSTAL_CODE)));
        lines("cities.tsv.gz", CITY_HEADER, f -> {
            // One String per country and state code instead of one per row: a tenth of the rows' memory.
            String country = countries.computeIfAbsent(f[0], c -> c);
            String admin1 = countries.computeIfAbsent(f[0] + '.' + f[1], c -> f[1]);
            boolean town = f[6].equals("1") || !f[5].isEmpty() && Double.parseDouble(f[5]) >= TOWN_SHARE;
            builder.city(new Place(f[2], country, admin1, null,
                    new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), PlaceSource.CITY), town);
        });
        lines("common-words.txt", null, f -> builder.commonWord(f[0]));
        stopWords(GermanAnalyzer.getDefaultStopSet(), builder);
        stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, builder);
        Gazetteer gazetteer = builder.build();
        LOG.log(System.Logger.Level.INFO, "gazetteer loaded in {0} ms: {1} postal codes, {2} place names",
                (System.nanoTime() - start) / 1_000_000, gazetteer.postalCodeCount(), gazetteer.placeNameCount());
        return gazetteer;
    }

    private static void stopWords(CharArraySet words, GazetteerBuilder builder) {
        for (Object word : words) {
            builder.commonWord(new String((char[]) word));
        }
    }

    /** Each line's tab-separated fields, without the header (checked when given) and '#' comment lines. */
    private static void lines(String name, String header, Consumer<String[]> row) {
        try (InputStream raw = GazetteerLoader.class.getResourceAsStream(FOLDER + name)) {
            if (raw == null) {
                throw new IllegalStateException("missing gazetteer resource " + FOLDER + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line = reader.readLine();
            if (header != null && !header.equals(line)) {
                throw new IllegalStateException(FOLDER + name + ": expected header " + header + ", found " + line);
            }
            if (header == null && line != null) {
                accept(line, row);
            }
            while ((line = reader.readLine()) != null) {
                accept(line, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + FOLDER + name, e);
        }
    }

    private static void accept(String line, Consumer<String[]> row) {
        if (!line.isBlank() && !line.startsWith("#")) {
            row.accept(line.split("\t", -1));
        }
    }
}
