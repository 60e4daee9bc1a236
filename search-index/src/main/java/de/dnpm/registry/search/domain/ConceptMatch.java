package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * A concept phrase found inside a token sequence: tokens {@code start} (inclusive) to {@code end} (exclusive) of the
 * sequence given to {@link ConceptDictionary#findIn}, and the concepts that phrase names (several when a term is
 * shared, e.g. a German ICD-10 title).
 */
public record ConceptMatch(int start, int end, List<Concept> concepts) {

    public ConceptMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
        concepts = List.copyOf(concepts);
    }

    /** The ids of the concepts, in the dictionary's order. */
    public List<String> conceptIds() {
        return concepts.stream().map(Concept::id).toList();
    }
}
