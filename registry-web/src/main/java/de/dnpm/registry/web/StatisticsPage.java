package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.RegistryStatistics.StateCount;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the statistics page shows, in one reader's language: the index's counts as chart configurations with their
 * codes labelled through the message bundle (the search facets' labels), the states as table rows, and the map.
 * Plain Java over the bundle, so the labelling is tested without a server ({@link StatisticsView} hands it over).
 */
public final class StatisticsPage {

    /** A row of the states table: the state's name in the reader's language, its recruiting sites and studies. */
    public record StateRow(String name, long sites, long studies) {
    }

    private static final List<String> PHASE_ORDER = List.of("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4",
            "NA");

    private final RegistryStatistics statistics;
    private final LabelTexts texts;
    private final Locale locale;
    private final String outline;

    /** {@code outline}: the map's background path, {@link GermanyMap#outline}. */
    public StatisticsPage(RegistryStatistics statistics, LabelTexts texts, Locale locale, String outline) {
        this.statistics = statistics;
        this.texts = texts;
        this.locale = locale;
        this.outline = outline;
    }

    public RegistryStatistics getStatistics() {
        return statistics;
    }

    /* not "isEmpty": "empty" is an operator of the expression language, so a page could not ask for it */
    public boolean isWithStudies() {
        return statistics.studies() > 0;
    }

    public String getStatusChart() {
        return ChartConfig.bars(entries(statistics.byStatus(), code("status")), series(), true);
    }

    /** Phases in their own order (early phase 1 to 4, then "not applicable"), as a reader expects them. */
    public String getPhaseChart() {
        List<FacetCount> inOrder = statistics.byPhase().stream().sorted(Comparator.comparingInt(
                (FacetCount phase) -> PHASE_ORDER.indexOf(phase.value()) < 0 ? PHASE_ORDER.size()
                        : PHASE_ORDER.indexOf(phase.value())).thenComparing(FacetCount::value)).toList();
        return ChartConfig.bars(entries(inOrder, code("phase")), series(), false);
    }

    public String getStudyTypeChart() {
        return ChartConfig.doughnut(entries(statistics.byStudyType(), code("studyType")), series());
    }

    public String getRegistryChart() {
        return ChartConfig.doughnut(entries(statistics.byRegistry(), code("scheme")), series());
    }

    public String getStartYearChart() {
        return ChartConfig.bars(entries(statistics.byStartYear(), Function.identity()), series(), false);
    }

    /** The conditions as the registries write them: they are not translated. */
    public String getConditionChart() {
        return ChartConfig.bars(entries(statistics.topConditions(), Function.identity()), series(), true);
    }

    /** Every state, the most recruiting sites first, then by name in the reader's language. */
    public List<StateRow> getStates() {
        Collator collator = Collator.getInstance(locale);
        return statistics.recruitingByState().stream()
                .map(state -> new StateRow(texts.format("state." + state.state()), state.sites(), state.studies()))
                .sorted(Comparator.comparingLong(StateRow::sites).reversed().thenComparing(StateRow::name, collator))
                .toList();
    }

    /** Recruiting sites in Germany whose state is known: the states table's total. */
    public long getRecruitingSites() {
        return statistics.recruitingByState().stream().mapToLong(StateCount::sites).sum();
    }

    public String getMapSvg() {
        List<GermanyMap.Dot> dots = statistics.recruitingPlaces().stream()
                .map(place -> new GermanyMap.Dot(place.point(), place.studies(), placeLabel(place))).toList();
        return GermanyMap.svg(outline, dots, texts.format("statistics.map.title"),
                texts.format("statistics.map.description", dots.size()));
    }

    private String placeLabel(RecruitingPlace place) {
        String city = place.city() == null ? texts.format("statistics.map.unnamedPlace") : place.city();
        return texts.format("statistics.map.place", city, place.studies());
    }

    private Function<String, String> code(String vocabulary) {
        return value -> texts.code(vocabulary, value);
    }

    private String series() {
        return texts.format("statistics.series");
    }

    private static List<ChartConfig.Entry> entries(List<FacetCount> counts, Function<String, String> label) {
        return counts.stream().map(count -> new ChartConfig.Entry(label.apply(count.value()), count.count())).toList();
    }
}
