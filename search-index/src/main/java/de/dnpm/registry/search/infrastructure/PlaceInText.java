package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.StudyQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A place typed into the search box ("Lungenkrebs Heidelberg", "Brustkrebs 69120", "Melanom in Mannheim") is read as a
 * place, not as a word every trial must contain: the search keeps studies with a site within {@value #RADIUS_KM} km
 * of it and tells the user so. Only plain text without a place of its own ({@code near=}) is read this way, and only
 * words {@link Gazetteer#isPlaceName} accepts (German towns and postal codes, never ordinary words that are also towns).
 * A preposition before the place ("in", "bei", "near") goes with it.
 */
final class PlaceInText {

    static final double RADIUS_KM = 50;
    private static final Set<String> PREPOSITIONS = Set.of("in", "bei", "nahe", "um", "near", "around", "at");

    private PlaceInText() {
    }

    /** The query with its place taken out of the text and made a radius, or empty when the text names no place. */
    static Optional<StudyQuery> read(StudyQuery query, Gazetteer places) {
        String text = query.text();
        if (query.nearby() != null || text == null || text.isBlank() || StudyTextQueryParser.usesSyntax(text)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i).replaceAll("^[,;.]+|[,;.]+$", "");
            if (!places.isPlaceName(word, "DE")) {
                continue;
            }
            Optional<Place> place = places.resolve(word, "DE");
            if (place.isEmpty()) {
                continue;
            }
            words.remove(i);
            if (i > 0 && PREPOSITIONS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                words.remove(i - 1);
            }
            return Optional.of(new StudyQuery(String.join(" ", words), query.filters(), query.ageYears(), query.page(),
                    query.size(), query.exact(), query.patient(), new Nearby(place.get(), RADIUS_KM, false),
                    query.patientNote(), query.openFirst(), query.order()));
        }
        return Optional.empty();
    }
}
