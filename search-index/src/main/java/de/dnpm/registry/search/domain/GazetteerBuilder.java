package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.Gazetteer.Candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects a {@link Gazetteer}'s entries; places of one name are preferred in the order they are added. */
public final class GazetteerBuilder {

    private final Map<String, Place> postalCodes = new HashMap<>();
    private final Map<String, List<Candidate>> places = new HashMap<>();
    private final Map<String, String> cityAliases = new HashMap<>();
    private final Map<String, String> admin1Codes = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private int order;

    GazetteerBuilder() {
    }

    /** A German postal code's centroid: a place whose {@link Place#postalCode()} is the five-digit code. */
    public GazetteerBuilder postalCode(Place place) {
        postalCodes.put(place.postalCode(), place);
        return this;
    }

    /**
     * A town, under its name and its name without qualifier ("Frankfurt am Main" also as "Frankfurt");
     * {@code town} marks one that {@link Gazetteer#isPlaceName} may recognise in a query.
     */
    public GazetteerBuilder city(Place place, boolean town) {
        Candidate candidate = new Candidate(place, town, order++);
        Set<String> keys = PlaceNames.keys(place.name());
        String base = PlaceNames.baseName(place.name(), place.country());
        if (!base.equals(place.name())) {
            keys.addAll(PlaceNames.keys(base));
        }
        for (String key : keys) {
            places.computeIfAbsent(place.country() + ':' + key, k -> new ArrayList<>(1)).add(candidate);
        }
        return this;
    }

    /** Another name of the towns called {@code name} in a country ("München" for GeoNames' "Munich"). */
    public GazetteerBuilder cityAlias(String country, String alias, String name) {
        for (String key : PlaceNames.keys(alias)) {
            cityAliases.put(country + ':' + key, country + ':' + PlaceNames.key(name));
        }
        return this;
    }

    /** A state's code under itself and under a name; the first state to claim a name keeps it. */
    public GazetteerBuilder admin1(String country, String code, String name) {
        admin1Codes.putIfAbsent(country + ':' + PlaceNames.key(code), code);
        admin1Codes.putIfAbsent(country + ':' + PlaceNames.key(name), code);
        return this;
    }

    /** An ordinary word that {@link Gazetteer#isPlaceName} must not take for a town. */
    public GazetteerBuilder commonWord(String word) {
        commonWords.add(PlaceNames.key(word));
        return this;
    }

    /** The gazetteer; an alias adds its towns to those that already bear the name, in the order of preference. */
    public Gazetteer build() {
        Map<String, Candidate[]> byKey = new HashMap<>(places.size() * 4 / 3 + 1);
        places.forEach((key, list) -> byKey.put(key, list.toArray(Candidate[]::new)));
        cityAliases.forEach((aliasKey, targetKey) -> {
            List<Candidate> merged = new ArrayList<>(places.getOrDefault(aliasKey, List.of()));
            for (Candidate target : places.getOrDefault(targetKey, List.of())) {
                if (!merged.contains(target)) {
                    merged.add(target);
                }
            }
            merged.sort(Comparator.comparingInt(Candidate::order));
            byKey.put(aliasKey, merged.toArray(Candidate[]::new));
        });
        return new Gazetteer(postalCodes, byKey, admin1Codes, commonWords);
    }
}
