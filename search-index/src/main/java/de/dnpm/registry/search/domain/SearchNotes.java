package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * What the search understood of the text, for the user to see: {@code relaxed} when no study has every word, so the
 * list holds the studies with most of them (best coverage first); {@code expansions} the concepts also searched for
 * ("non-small cell lung carcinoma" for "Lungenkrebs"); {@code suggestion} a spelling the vocabulary knows, when a word
 * looks mistyped ("Brustkrebs" for "Brustkebs"), else null; {@code understoodAs} the text with operators typed in
 * lower case or German read as operators ("egfr NOT osimertinib" for "egfr not osimertinib"), else null;
 * {@code placeFromText} the place the text named ("Lungenkrebs Heidelberg"), searched as a radius, else null;
 * {@code placeWanted} when the text asked for studies nearby ("in meiner Nähe", "near me") and no place is known: the
 * user is asked for a postal code rather than the words being searched for.
 */
public record SearchNotes(boolean relaxed, List<String> expansions, String suggestion, String understoodAs,
                          Nearby placeFromText, boolean placeWanted) {

    public static final SearchNotes NONE = new SearchNotes(false, List.of(), null, null, null, false);

    public SearchNotes {
        expansions = expansions == null ? List.of() : List.copyOf(expansions);
    }

    public SearchNotes(boolean relaxed, List<String> expansions, String suggestion) {
        this(relaxed, expansions, suggestion, null, null, false);
    }

    public SearchNotes(boolean relaxed, List<String> expansions, String suggestion, String understoodAs) {
        this(relaxed, expansions, suggestion, understoodAs, null, false);
    }

    public SearchNotes asRelaxed() {
        return new SearchNotes(true, expansions, suggestion, understoodAs, placeFromText, placeWanted);
    }

    /** These notes, and that the text named a place, searched as a radius around it. */
    public SearchNotes withPlace(Nearby place) {
        return new SearchNotes(relaxed, expansions, suggestion, understoodAs, place, placeWanted);
    }

    /** These notes, and that the text asked for studies nearby without a place known. */
    public SearchNotes withPlaceWanted() {
        return new SearchNotes(relaxed, expansions, suggestion, understoodAs, placeFromText, true);
    }
}
