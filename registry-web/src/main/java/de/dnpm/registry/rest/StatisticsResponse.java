package de.dnpm.registry.rest;

import de.dnpm.registry.rest.StudySearchResponse.FacetValue;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.RegistryStatistics;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The body of {@code GET /api/statistics}: the numbers of the statistics page. Values are the codes the search facets
 * and filters use ({@code RECRUITING}, {@code PHASE2}, {@code INTERVENTIONAL}, registries as {@code NCT}, {@code DRKS},
 * states as ISO 3166-2 {@code DE-BY}); {@code startYear} values are years; {@code conditions} are the 15 most frequent
 * as the registries write them. {@code recruitingByState} counts a study once per place it recruits at
 * ({@code sites}) and once per state ({@code studies}); {@code recruitingPlaces} are those places in Germany.
 */
@JsonbPropertyOrder({"studies", "status", "phase", "type", "registry", "startYear", "conditions",
        "recruitingByState", "recruitingPlaces"})
public record StatisticsResponse(long studies, List<FacetValue> status, List<FacetValue> phase,
                                 List<FacetValue> type, List<FacetValue> registry, List<FacetValue> startYear,
                                 List<FacetValue> conditions, List<State> recruitingByState,
                                 List<Place> recruitingPlaces) {

    /** Recruiting sites and studies in one German state. */
    @JsonbPropertyOrder({"state", "sites", "studies"})
    public record State(String state, long sites, long studies) {
    }

    /** A place in Germany where studies recruit ({@code state} null when not known). */
    @JsonbPropertyOrder({"lat", "lon", "city", "state", "studies"})
    public record Place(double lat, double lon, String city, String state, long studies) {
    }

    static StatisticsResponse of(RegistryStatistics statistics) {
        return new StatisticsResponse(statistics.studies(), values(statistics.byStatus()),
                values(statistics.byPhase()), values(statistics.byStudyType()), values(statistics.byRegistry()),
                values(statistics.byStartYear()), values(statistics.topConditions()),
                statistics.recruitingByState().stream()
                        .map(state -> new State(state.state(), state.sites(), state.studies())).toList(),
                statistics.recruitingPlaces().stream().map(place -> new Place(place.point().lat(),
                        place.point().lon(), place.city(), place.state(), place.studies())).toList());
    }

    private static List<FacetValue> values(List<FacetCount> counts) {
        return counts.stream().map(count -> new FacetValue(count.value(), count.count())).toList();
    }
}
