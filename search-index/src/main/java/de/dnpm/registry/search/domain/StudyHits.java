package de.dnpm.registry.search.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of results, the total number of matches, and per facet the counts of its values (ordered by count).
 * A facet's counts ignore the filter on that same facet, so a user can widen a selection (drill sideways).
 * {@code notes} say how the text was understood.
 */
public record StudyHits(long total, List<StudyHit> hits, Map<Facet, List<FacetCount>> facets, SearchNotes notes) {

    public StudyHits(long total, List<StudyHit> hits, Map<Facet, List<FacetCount>> facets) {
        this(total, hits, facets, SearchNotes.NONE);
    }
}
