package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a search together with its facet counts, drill-sideways: each facet's counts ignore that facet's own filter
 * (so a user sees how many studies selecting another value would add) but respect the text, the age and the other
 * facets' filters. Thread-safe.
 */
public final class FacetCounter {

    /** The hits collected by the caller's collector, and per facet its values, most frequent first. */
    public record Counted<R>(R hits, Map<Facet, List<FacetCount>> facets) {
    }

    private static final Comparator<FacetCount> BY_COUNT_THEN_VALUE =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final FacetsConfig config;
    /* Ordinal maps over all segments, built once per reader: searches between two refreshes share them. */
    private volatile ReaderState cached;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    public <R> Counted<R> search(IndexSearcher searcher, DrillDownQuery query, CollectorManager<?, R> hits)
            throws IOException {
        SortedSetDocValuesReaderState state = stateOf(searcher.getIndexReader());
        if (state == null) { // no study with a facet value yet (a new index): nothing to count
            return new Counted<>(searcher.search(query, hits), counts(null));
        }
        DrillSideways.ConcurrentDrillSidewaysResult<R> result =
                new DrillSideways(searcher, config, state).search(query, hits);
        return new Counted<>(result.collectorResult, counts(result.facets));
    }

    private SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
        ReaderState current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        SortedSetDocValuesReaderState state = facets == null || facets.getDocValuesType() != DocValuesType.SORTED_SET
                ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
        cached = new ReaderState(reader, state);
        return state;
    }

    private static Map<Facet, List<FacetCount>> counts(Facets facets) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(facet, facets == null ? List.of() : counts(facets, StudyFields.dimension(facet)));
        }
        return Collections.unmodifiableMap(counts);
    }

    private static List<FacetCount> counts(Facets facets, String dimension) throws IOException {
        FacetResult result;
        try {
            result = facets.getAllChildren(dimension);
        } catch (IllegalArgumentException notIndexed) { // no study in the index has this dimension at all
            return List.of();
        }
        if (result == null) { // nothing among the matches has a value (Lucene returns null, not an empty result)
            return List.of();
        }
        return Arrays.stream(result.labelValues)
                .map(FacetCounter::count)
                .filter(count -> count.count() > 0)
                .sorted(BY_COUNT_THEN_VALUE)
                .toList();
    }

    private static FacetCount count(LabelAndValue labelAndValue) {
        return new FacetCount(labelAndValue.label, labelAndValue.value.longValue());
    }
}
