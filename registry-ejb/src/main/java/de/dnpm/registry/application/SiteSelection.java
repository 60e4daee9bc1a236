package de.dnpm.registry.application;

import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.search.domain.GeoPoint;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The sites of a study as a patient looks for them: only those in the chosen country and town, the ones recruiting
 * now first (a patient can join only there), and among those alike the nearest first when the patient's place is
 * known; otherwise in the registry's order. A study can have 1,400 sites, so this is the one place that decides.
 */
public final class SiteSelection {

    private SiteSelection() {
    }

    /** A site as listed, with its distance from the patient's place in km (null when either place is unknown). */
    public record ListedSite(StudyReadModel.Site site, Double distanceKm) {
    }

    /**
     * The sites in {@code country} (a name or ISO code, any case; blank: every country) whose town contains
     * {@code city} (ignoring case and accents; blank: every town), ordered as described above; {@code origin} is the
     * patient's place or null.
     */
    public static List<ListedSite> select(List<StudyReadModel.Site> sites, String country, String city,
                                          GeoPoint origin) {
        String wantedCountry = blank(country) ? null : CountryCodes.isoOrName(country);
        String wantedCity = blank(city) ? null : folded(city);
        Comparator<ListedSite> order = Comparator.comparingInt(listed -> recruitmentRank(listed.site().status()));
        if (origin != null) {
            order = order.thenComparing(ListedSite::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return sites.stream()
                .filter(site -> wantedCountry == null || wantedCountry.equalsIgnoreCase(
                        Objects.requireNonNullElse(CountryCodes.isoOrName(site.country()), "")))
                .filter(site -> wantedCity == null || (site.city() != null && folded(site.city()).contains(wantedCity)))
                .map(site -> new ListedSite(site, origin == null || site.place() == null ? null
                        : site.place().distanceKm(origin)))
                .sorted(order) // stable: the registry's order among sites alike
                .toList();
    }

    /** The countries the sites are in, each once: its ISO 3166-1 alpha-2 code where known, else its name; sorted. */
    public static List<String> countries(List<StudyReadModel.Site> sites) {
        TreeSet<String> countries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sites.stream().map(site -> CountryCodes.isoOrName(site.country())).filter(Objects::nonNull)
                .forEach(countries::add);
        return List.copyOf(countries);
    }

    /*
     * Open now, then about to open (or by invitation), then sites whose registry gives no status (legacy records
     * rarely do), then those that do not take patients.
     */
    static int recruitmentRank(String status) {
        if (status == null || status.isBlank()) {
            return 2;
        }
        return switch (status) {
            case "RECRUITING" -> 0;
            case "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION" -> 1;
            case "UNKNOWN" -> 2;
            default -> 3;
        };
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
