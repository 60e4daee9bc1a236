package de.dnpm.registry.search.domain;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closest known term to a misspelt one: the dictionary's keys, grouped by length, are run through Lucene's
 * Levenshtein automaton (Damerau distance: a swap of two letters is one edit) for one, then two edits. Only keys within
 * two characters of the typed length can be that close, so a look-up runs a few thousand short strings through a DFA.
 */
final class TermSuggester {

    private final String[][] keysByLength;
    private final Map<String, String> displayByKey;

    TermSuggester(Map<String, String> displayByKey) {
        this.displayByKey = displayByKey;
        int longest = displayByKey.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new ArrayList<>());
        }
        displayByKey.keySet().stream().sorted().forEach(key -> buckets.get(key.length()).add(key));
        keysByLength = buckets.stream().map(b -> b.toArray(String[]::new)).toArray(String[][]::new);
    }

    /**
     * The known term whose key is closest to the key of {@code misspelt}: the same key (the term is known as typed, in
     * some spelling), else one edit away, else two. Short words allow fewer edits, as Lucene's fuzzy query does: none
     * up to three characters, one up to five.
     */
    Optional<String> suggest(String misspelt) {
        String key = TermKey.of(misspelt);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (displayByKey.containsKey(key)) {
            return Optional.of(displayByKey.get(key));
        }
        int maxEdits = key.length() <= 3 ? 0 : key.length() <= 5 ? 1 : 2;
        for (int edits = 1; edits <= maxEdits; edits++) {
            CharacterRunAutomaton within = new CharacterRunAutomaton(new LevenshteinAutomata(key, true).toAutomaton(edits));
            List<String> found = new ArrayList<>();
            for (int length = Math.max(1, key.length() - edits); length <= key.length() + edits; length++) {
                if (length >= keysByLength.length) {
                    break;
                }
                for (String candidate : keysByLength[length]) {
                    if (within.run(candidate)) {
                        found.add(candidate);
                    }
                }
            }
            // Ties: the candidate of the typed length (a substitution rather than a dropped letter), then the first
            // alphabetically, so the answer never depends on the order the dictionary was built in.
            Optional<String> best = found.stream()
                    .min(Comparator.comparingInt((String c) -> Math.abs(c.length() - key.length()))
                            .thenComparing(Comparator.naturalOrder()));
            if (best.isPresent()) {
                return best.map(displayByKey::get);
            }
        }
        return Optional.empty();
    }
}
