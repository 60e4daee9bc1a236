package de.dnpm.registry.search.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline gazetteer: German postal codes and the world's towns by name, answered from hash maps (no scan), so it
 * can run for every query and every site. Built once (see {@code GazetteerLoader}) and immutable, so safe to share.
 * <p>
 * Among places of the same name the first in the order they were added wins, unless the caller names the state; the
 * generator adds them most prominent first (see the resources' PROVENANCE.md): in Germany district seats first, then
 * by the postal codes a town holds ("Frankfurt" is Frankfurt am Main with 41 codes, not Frankfurt (Oder) with 3),
 * elsewhere by how many other places lie within 10 km.
 */
public final class Gazetteer {

    // "69120", "D-69120", "DE 69120", "69120 Heidelberg", "69120, Heidelberg"; group 1 the country prefix
    private static final Pattern CODE_FIRST =
            Pattern.compile("^(?:(DE?)\\s*-?\\s*)?(\\d{5})(?:[\\s,]+(.*))?$", Pattern.CASE_INSENSITIVE);
    // "Heidelberg 69120", "Heidelberg, D-69120"
    private static final Pattern CODE_LAST =
            Pattern.compile("^(.*?)[\\s,]+(?:(DE?)\\s*-?\\s*)?(\\d{5})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_CODE = Pattern.compile("\\d{5}");
    private static final String POSTAL_COUNTRY = "DE";
    /* A postal code's centroid and its town's point are this close at most (Berlin's outer codes: 20 km). */
    private static final double CODE_AGREES_KM = 30;
    /* Shorter words are too often something else ("Au", "Ay") to be taken for a place in a query. */
    private static final int MIN_PLACE_WORD = 3;
    /* The words that join a German town's name to its qualifier ("Frankfurt an der Oder"). */
    private static final Set<String> QUALIFYING_WORDS = Set.of("", "am", "an", "der", "den", "im", "in", "ob", "bei",
            "vor");
    private static final Candidate[] NONE = new Candidate[0];

    private final Map<String, Place> postalCodes;
    private final Map<String, Candidate[]> places;
    private final Map<String, String> admin1Codes;
    private final Set<String> commonWords;

    Gazetteer(Map<String, Place> postalCodes, Map<String, Candidate[]> places, Map<String, String> admin1Codes,
              Set<String> commonWords) {
        this.postalCodes = Map.copyOf(postalCodes);
        this.places = places;
        this.admin1Codes = Map.copyOf(admin1Codes);
        this.commonWords = Set.copyOf(commonWords);
    }

    public static GazetteerBuilder builder() {
        return new GazetteerBuilder();
    }

    /**
     * The centroid of a German postal code, however it is written: "69120", "D-69120", "69120 Heidelberg". Empty for
     * another country (the gazetteer holds German codes only) and for a code that does not exist.
     */
    public Optional<Place> postalCode(String country, String code) {
        if (country == null || code == null || !POSTAL_COUNTRY.equals(country.strip().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher first = CODE_FIRST.matcher(code.strip());
        return first.matches() ? Optional.ofNullable(postalCodes.get(first.group(2))) : Optional.empty();
    }

    /** A town by its name in a country (ISO 3166-1 alpha-2), the most prominent of that name. */
    public Optional<Place> city(String name, String country) {
        return city(name, country, null);
    }

    /**
     * A town by its name in a country, in the given state: a GeoNames admin1 code ("MA", "02") or a name in English
     * or German ("Massachusetts", "Bavaria", "Bayern"). A state that is known but has no town of that name gives
     * empty: its namesake elsewhere is hundreds of kilometres off (Putney, Vermont is not Putney, Georgia). Without a
     * state, or with one the gazetteer does not know, the most prominent of the name in the country. Case,
     * diacritics and qualifiers are forgiven ("frankfurt", "Mülheim an der Ruhr"); so are a district after a hyphen
     * or a space ("Berlin-Buch", "München Schwabing") and a comma-separated part ("Essen, Germany").
     */
    public Optional<Place> city(String name, String country, String stateOrAdmin1) {
        if (name == null || country == null) {
            return Optional.empty();
        }
        String iso = country.strip().toUpperCase(Locale.ROOT);
        Candidate[] candidates = candidates(name, iso);
        if (candidates.length == 0) {
            return Optional.empty();
        }
        String admin1 = admin1Code(iso, stateOrAdmin1);
        if (admin1 == null) {
            return Optional.of(candidates[0].place());
        }
        for (Candidate candidate : candidates) {
            if (candidate.place().admin1().equals(admin1)) {
                return Optional.of(candidate.place());
            }
        }
        return Optional.empty();
    }

    /**
     * Where a site is, from what a registry gives besides coordinates (any part may be null): the centroid of its
     * German postal code when the code exists and agrees with the town (within 30 km of it: a company's own code lies
     * in its town), else the town in its state, else the code alone (a registry's city is sometimes a street).
     * A code that contradicts the town is taken for a typing error.
     */
    public Optional<Place> locate(String postalCode, String city, String stateOrAdmin1, String country) {
        Optional<Place> town = city(city, country, stateOrAdmin1);
        Optional<Place> code = postalCode(country, postalCode);
        if (code.isEmpty() || town.isEmpty()) {
            return code.isPresent() ? code : town;
        }
        return code.get().distanceKm(town.get().point()) <= CODE_AGREES_KM ? code : town;
    }

    /**
     * What a person typed as a place: a German postal code with or without the town ("69120", "60590 Frankfurt",
     * "Heidelberg 69120"), or a town's name in the default country. A code that does not exist falls back to the
     * town typed with it. Empty when nothing is found; never an exception.
     */
    public Optional<Place> resolve(String text, String defaultCountry) {
        if (text == null || defaultCountry == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        String country = defaultCountry.strip().toUpperCase(Locale.ROOT);
        Matcher first = CODE_FIRST.matcher(typed);
        Matcher last = CODE_LAST.matcher(typed);
        String code = null;
        String prefix = null;
        String town = typed;
        if (first.matches()) {
            prefix = first.group(1);
            code = first.group(2);
            town = first.group(3);
        } else if (last.matches()) {
            town = last.group(1);
            prefix = last.group(2);
            code = last.group(3);
        }
        if (code != null) {
            boolean german = prefix != null || POSTAL_COUNTRY.equals(country);
            Place byCode = german ? postalCodes.get(code) : null;
            if (byCode != null) {
                return Optional.of(byCode);
            }
            if (german) {
                country = POSTAL_COUNTRY;
            }
        }
        return town == null || town.isBlank() ? Optional.empty() : city(town, country);
    }

    /**
     * Whether a word of a search box names a place ("Lungenkrebs Heidelberg"), so the query side may search near it
     * instead of for the word. Conservative, because a wrong yes narrows the results to one town: only German towns
     * (district seats and towns with a postal code of their own, not villages; GeoNames gives no size elsewhere) by
     * their full name, and German postal codes; never a German or English stop word nor a word of the reviewed list
     * of ordinary words that are also towns ("Essen", "Hof", "Halle", "Stein"). Such a town can still be chosen as
     * {@code near=}.
     */
    public boolean isPlaceName(String token, String country) {
        if (token == null || country == null) {
            return false;
        }
        String iso = country.strip().toUpperCase(Locale.ROOT);
        String word = token.strip();
        if (PLAIN_CODE.matcher(word).matches()) {
            return POSTAL_COUNTRY.equals(iso) && postalCodes.containsKey(word);
        }
        String key = PlaceNames.key(word);
        if (key.length() < MIN_PLACE_WORD || commonWords.contains(key)) {
            return false;
        }
        for (Candidate candidate : places.getOrDefault(iso + ':' + key, NONE)) {
            if (candidate.town()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The GeoNames admin1 code of a state written as a code or a name in English or German ("Bayern", "BY",
     * "Bavaria" → "02"; "Massachusetts" → "MA"), as registries write a site's state.
     */
    public Optional<String> admin1(String country, String stateOrAdmin1) {
        if (country == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(admin1Code(country.strip().toUpperCase(Locale.ROOT), stateOrAdmin1));
    }

    /** The centroid of every German postal code, in no particular order: together they draw Germany's outline. */
    public java.util.Collection<Place> postalCodes() {
        return postalCodes.values();
    }

    /** How many postal codes the gazetteer holds (for logs and health checks). */
    public int postalCodeCount() {
        return postalCodes.size();
    }

    /** How many distinct (country, name) keys the gazetteer answers (for logs and health checks). */
    public int placeNameCount() {
        return places.size();
    }

    private Candidate[] candidates(String name, String country) {
        String typed = name.strip();
        Candidate[] found = places.getOrDefault(country + ':' + PlaceNames.key(typed), NONE);
        if (found.length == 0) {
            String base = PlaceNames.baseName(typed, country);
            found = preferQualifier(places.getOrDefault(country + ':' + PlaceNames.key(base), NONE), typed, base);
        }
        // Registries write a district or a country after a comma ("Parktown, Johannesburg", "Essen, Germany").
        for (String part : typed.split(",")) {
            if (found.length == 0 && !part.equals(typed) && !part.isBlank()) {
                found = candidates(part, country);
            }
        }
        // "Berlin-Buch", "Sapporo-shi", "Halle/Saale": the town before the district or suffix.
        int separator = indexOfAny(typed, "-/");
        if (found.length == 0 && separator > 0) {
            found = places.getOrDefault(country + ':' + PlaceNames.key(typed.substring(0, separator)), NONE);
        }
        // "Berlin Mitte", "München Schwabing", "Neustadt Holstein": the first word, the rest as its qualifier.
        int space = typed.indexOf(' ');
        if (found.length == 0 && space >= MIN_PLACE_WORD) {
            String first = typed.substring(0, space);
            found = preferQualifier(places.getOrDefault(country + ':' + PlaceNames.key(first), NONE), typed, first);
        }
        return found;
    }

    /**
     * Candidates found under a name without its qualifier, those whose own name has the qualifier's words first:
     * "Frankfurt an der Oder" is Frankfurt (Oder), "Halle an der Saale" Halle (Saale).
     */
    private static Candidate[] preferQualifier(Candidate[] candidates, String typed, String base) {
        List<String> words = new ArrayList<>(List.of(PlaceNames.key(typed).split(" ")));
        words.removeAll(List.of(PlaceNames.key(base).split(" ")));
        words.removeAll(QUALIFYING_WORDS);
        if (candidates.length < 2 || words.isEmpty()) {
            return candidates;
        }
        List<Candidate> ordered = new ArrayList<>(List.of(candidates));
        ordered.sort(Comparator.comparing((Candidate c) ->
                !List.of(PlaceNames.key(c.place().name()).split(" ")).containsAll(words)));
        return ordered.toArray(Candidate[]::new);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String admin1Code(String country, String stateOrAdmin1) {
        if (stateOrAdmin1 == null || stateOrAdmin1.isBlank()) {
            return null;
        }
        return admin1Codes.get(country + ':' + PlaceNames.key(stateOrAdmin1));
    }

    /** One place under one of its keys; {@code order} is the order of adding, the order of preference. */
    record Candidate(Place place, boolean town, int order) {
    }
}
