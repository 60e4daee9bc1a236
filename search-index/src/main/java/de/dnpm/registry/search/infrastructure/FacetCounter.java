package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.DateBucket;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a search together with its facet counts, drill-sideways: each facet's counts ignore that facet's own filter
 * (so a user sees how many studies selecting another value would add) but respect the text, the age and the other
 * facets' filters. Values no matching study has are left out. The date-range facets ({@link Facet#isDateRange()})
 * are counted at search time from the studies' dates, relative to {@code today}, in the order of {@link DateBucket};
 * the others by count, except that the status facet lists the statuses open to patients first (RECRUITING, then
 * NOT_YET_RECRUITING). Thread-safe.
 */
public final class FacetCounter {

    /** The hits collected by the caller's collector, and per facet its values in display order. */
    public record Counted<R>(R hits, Map<Facet, List<FacetCount>> facets) {
    }

    private static final List<String> OPEN_STATUSES = List.of("RECRUITING", "NOT_YET_RECRUITING");
    private static final Comparator<FacetCount> BY_COUNT_THEN_VALUE =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
    private static final Comparator<FacetCount> OPEN_STATUSES_FIRST = Comparator.<FacetCount>comparingInt(c -> {
        int open = OPEN_STATUSES.indexOf(c.value());
        return open < 0 ? OPEN_STATUSES.size() : open;
    }).thenComparing(BY_COUNT_THEN_VALUE);

    private final FacetsConfig config;
    /* Ordinal maps over all segments, built once per reader: searches between two refreshes share them. */
    private volatile ReaderState cached;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    public <R> Counted<R> search(IndexSearcher searcher, DrillDownQuery query, CollectorManager<?, R> hits,
                                 LocalDate today) throws IOException {
        SortedSetDocValuesReaderState state = stateOf(searcher.getIndexReader());
        if (state == null) { // no study with a facet value yet (a new index): only dates could be counted
            Object[] both = searcher.search(query, new MultiCollectorManager(hits, new FacetsCollectorManager()));
            @SuppressWarnings("unchecked") R collected = (R) both[0];
            FacetsCollector all = (FacetsCollector) both[1];
            Map<Facet, List<FacetCount>> counts = counts(null, facet -> all, today);
            return new Counted<>(collected, counts);
        }
        Map<String, FacetsCollector> sideways = new HashMap<>();
        FacetsCollector[] drillDown = new FacetsCollector[1];
        DrillSideways drillSideways = new DrillSideways(searcher, config, state) {
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] sidewaysCollectors,
                                               String[] dims) throws IOException {
                drillDown[0] = drillDowns;
                for (int i = 0; dims != null && i < dims.length; i++) {
                    sideways.put(dims[i], sidewaysCollectors[i]);
                }
                return super.buildFacetsResult(drillDowns, sidewaysCollectors, dims);
            }
        };
        DrillSideways.ConcurrentDrillSidewaysResult<R> result = drillSideways.search(query, hits);
        Map<Facet, List<FacetCount>> counts = counts(result.facets,
                facet -> sideways.getOrDefault(StudyFields.dimension(facet), drillDown[0]), today);
        return new Counted<>(result.collectorResult, counts);
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

    private static Map<Facet, List<FacetCount>> counts(Facets facets,
                                                       java.util.function.Function<Facet, FacetsCollector> matches,
                                                       LocalDate today) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.isDateRange()) {
                FacetsCollector collector = matches.apply(facet);
                counts.put(facet, collector == null ? List.of() : dateCounts(facet, collector, today));
            } else {
                counts.put(facet, facets == null ? List.of() : counts(facets, StudyFields.dimension(facet),
                        facet == Facet.STATUS ? OPEN_STATUSES_FIRST : BY_COUNT_THEN_VALUE));
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private static List<FacetCount> counts(Facets facets, String dimension, Comparator<FacetCount> order)
            throws IOException {
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
                .sorted(order)
                .toList();
    }

    /* Counted from the doc values of the matching (for a selected range: sideways-matching) studies. */
    private static List<FacetCount> dateCounts(Facet facet, FacetsCollector matches, LocalDate today)
            throws IOException {
        List<DateBucket> buckets = facet == Facet.STARTED ? DateBucket.STARTED : DateBucket.UPDATED;
        LongRange[] ranges = buckets.stream().map(bucket -> {
            long[] bounds = StudyQueryBuilder.bounds(bucket, today);
            return new LongRange(bucket.key(), bounds[0], true, bounds[1], true);
        }).toArray(LongRange[]::new);
        String field = facet == Facet.STARTED ? StudyFields.START_DAY : StudyFields.UPDATE_DAY;
        FacetResult result = new LongRangeFacetCounts(field, matches, ranges).getAllChildren(field);
        return Arrays.stream(result.labelValues).map(FacetCounter::count).filter(count -> count.count() > 0)
                .toList();
    }

    private static FacetCount count(LabelAndValue labelAndValue) {
        return new FacetCount(labelAndValue.label, labelAndValue.value.longValue());
    }
}
