package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.GermanState;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.RegistryStatistics.StateCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Counts {@link RegistryStatistics} from doc values alone (the facets' and the statistics fields of
 * {@link StudyFields}), never from stored fields, which would mean decompressing every document; and keeps the
 * result for the reader it was counted on, so an unchanged index is counted once however often it is asked.
 * Thread-safe.
 */
public final class RegistryStatisticsReader {

    private static final Comparator<FacetCount> MOST_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-.*)?$");
    /* A start year outside these is a typing error of the registry, not a study of 1066 or 2902. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    /* Conditions are what a registry wrote, sometimes a paragraph: longer ones are cut for the chart's label. */
    private static final int MAX_CONDITION = 200;

    private final FacetsConfig config;
    private volatile Counted cached;

    private record Counted(IndexReader reader, RegistryStatistics statistics) {
    }

    public RegistryStatisticsReader(FacetsConfig config) {
        this.config = config;
    }

    /** The statistics of what the reader holds (deleted documents left out); counted once per reader. */
    public RegistryStatistics read(IndexReader reader) throws IOException {
        Counted current = cached;
        if (current != null && current.reader() == reader) {
            return current.statistics();
        }
        synchronized (this) { // concurrent first requests after a refresh count once
            current = cached;
            if (current != null && current.reader() == reader) {
                return current.statistics();
            }
            RegistryStatistics statistics = count(reader);
            cached = new Counted(reader, statistics);
            return statistics;
        }
    }

    /** A condition as counted: whitespace collapsed, cut at 200 characters; empty when there is none. */
    static String conditionLabel(String condition) {
        String label = condition == null ? "" : SPACES.matcher(condition).replaceAll(" ").strip();
        return label.length() > MAX_CONDITION ? label.substring(0, MAX_CONDITION).strip() : label;
    }

    /** The year of an ISO date as registries write it ("2024", "2024-03", "2024-03-15"); empty when there is none. */
    static Optional<Integer> year(String isoDate) {
        if (isoDate == null) {
            return Optional.empty();
        }
        var matcher = YEAR.matcher(isoDate.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.of(year) : Optional.empty();
    }

    private RegistryStatistics count(IndexReader reader) throws IOException {
        Map<Facet, List<FacetCount>> facets = facetCounts(reader);
        Map<String, Long> places = valueCounts(reader, StudyFields.STATS_RECRUITING_PLACE);
        return new RegistryStatistics(reader.numDocs(),
                facets.get(Facet.STATUS), facets.get(Facet.PHASE), facets.get(Facet.STUDY_TYPE),
                sorted(valueCounts(reader, StudyFields.STATS_REGISTRY)),
                startYears(reader),
                topConditions(valueCounts(reader, StudyFields.STATS_CONDITION)),
                recruitingByState(reader, places),
                places.entrySet().stream().map(e -> RecruitingPlaceValue.place(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(RecruitingPlace::studies).reversed()
                                .thenComparing(p -> p.city() == null ? "" : p.city()))
                        .toList());
    }

    /* Status, phase and study type are search facets already: their counts over every study. */
    private Map<Facet, List<FacetCount>> facetCounts(IndexReader reader) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        Facets facets = field == null || field.getDocValuesType() != DocValuesType.SORTED_SET ? null
                : new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, config));
        for (Facet facet : Facet.values()) {
            counts.put(facet, facets == null ? List.of() : facetCounts(facets, StudyFields.dimension(facet)));
        }
        return counts;
    }

    private static List<FacetCount> facetCounts(Facets facets, String dimension) throws IOException {
        FacetResult result;
        try {
            result = facets.getAllChildren(dimension);
        } catch (IllegalArgumentException notIndexed) { // no study has this dimension at all
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        return Arrays.stream(result.labelValues).map(RegistryStatisticsReader::count)
                .filter(count -> count.count() > 0).sorted(MOST_FIRST).toList();
    }

    private static FacetCount count(LabelAndValue labelAndValue) {
        return new FacetCount(labelAndValue.label, labelAndValue.value.longValue());
    }

    /**
     * How many live documents have each value of a SortedSetDocValues field (a document counts once per value).
     * Counted by the reader's global ordinals, so each distinct value is turned into a String once, however many
     * segments hold it.
     */
    private static Map<String, Long> valueCounts(IndexReader reader, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, field);
        if (values == null) {
            return counts;
        }
        long[] perOrdinal = new long[Math.toIntExact(values.getValueCount())];
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live == null || live.get(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrdinal[Math.toIntExact(values.nextOrd())]++;
                }
            }
        }
        for (int ordinal = 0; ordinal < perOrdinal.length; ordinal++) {
            if (perOrdinal[ordinal] > 0) {
                counts.put(values.lookupOrd(ordinal).utf8ToString(), perOrdinal[ordinal]);
            }
        }
        return counts;
    }

    private static List<FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).sorted(MOST_FIRST)
                .toList();
    }

    private static List<FacetCount> startYears(IndexReader reader) throws IOException {
        long[] studies = new long[LAST_YEAR - FIRST_YEAR + 1];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), StudyFields.STATS_START_YEAR);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    studies[(int) values.longValue() - FIRST_YEAR]++; // year() indexes only years in this range
                }
            }
        }
        List<FacetCount> years = new ArrayList<>();
        for (int i = 0; i < studies.length; i++) {
            if (studies[i] > 0) {
                years.add(new FacetCount(Integer.toString(FIRST_YEAR + i), studies[i]));
            }
        }
        return years;
    }

    /*
     * Registries write one condition in several cases ("Breast Cancer", "breast cancer"): those are counted together
     * and shown as most of them write it. Other spellings and synonyms stay apart: these are the registries' words.
     */
    private static List<FacetCount> topConditions(Map<String, Long> conditions) {
        Map<String, List<FacetCount>> byKey = new HashMap<>();
        conditions.forEach((label, count) -> byKey.computeIfAbsent(label.toLowerCase(Locale.ROOT),
                key -> new ArrayList<>()).add(new FacetCount(label, count)));
        return byKey.values().stream()
                .map(spellings -> new FacetCount(spellings.stream().min(MOST_FIRST).orElseThrow().value(),
                        spellings.stream().mapToLong(FacetCount::count).sum()))
                .sorted(MOST_FIRST).limit(RegistryStatistics.TOP_CONDITIONS).toList();
    }

    /*
     * Every state is listed, with zeros, so the table shows where no study recruits too. A study counts once per
     * state however many places it recruits at there: a pass per document, its states as the bits of an int (a
     * hash set per document cost half the whole count).
     */
    private static List<StateCount> recruitingByState(IndexReader reader, Map<String, Long> places)
            throws IOException {
        GermanState[] states = GermanState.values();
        long[] sites = new long[states.length];
        places.forEach((value, count) -> stateIndex(RecruitingPlaceValue.state(value))
                .ifPresent(state -> sites[state] += count));
        long[] studies = new long[states.length];
        SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, StudyFields.STATS_RECRUITING_PLACE);
        if (values != null) {
            int[] stateBitOfOrdinal = new int[Math.toIntExact(values.getValueCount())];
            for (int ordinal = 0; ordinal < stateBitOfOrdinal.length; ordinal++) {
                stateBitOfOrdinal[ordinal] = stateIndex(RecruitingPlaceValue.state(
                        values.lookupOrd(ordinal).utf8ToString())).map(state -> 1 << state).orElse(0);
            }
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    int inStates = 0;
                    for (int i = 0; i < values.docValueCount(); i++) {
                        inStates |= stateBitOfOrdinal[Math.toIntExact(values.nextOrd())];
                    }
                    for (int state = 0; state < states.length; state++) {
                        if ((inStates & 1 << state) != 0) {
                            studies[state]++;
                        }
                    }
                }
            }
        }
        List<StateCount> counts = new ArrayList<>();
        for (GermanState state : states) {
            counts.add(new StateCount(state.isoCode(), sites[state.ordinal()], studies[state.ordinal()]));
        }
        counts.sort(Comparator.comparingLong(StateCount::sites).reversed().thenComparing(StateCount::state));
        return counts;
    }

    private static Optional<Integer> stateIndex(String isoCode) {
        return GermanState.ofIsoCode(isoCode).map(GermanState::ordinal);
    }
}
