package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * The registry at a glance, as the index holds it: how many studies, how they divide by status, phase, study type,
 * registry and start year (values are the codes the search facets use: RECRUITING, PHASE2, INTERVENTIONAL, NCT, or
 * the year), the most frequent conditions as the registries write them, and where in Germany studies recruit.
 * Lists are ordered for display: most frequent first, but years in their order; every state is listed, with zeros.
 */
public record RegistryStatistics(
        long studies,
        List<FacetCount> byStatus,
        List<FacetCount> byPhase,
        List<FacetCount> byStudyType,
        List<FacetCount> byRegistry,
        List<FacetCount> byStartYear,
        List<FacetCount> topConditions,
        List<StateCount> recruitingByState,
        List<RecruitingPlace> recruitingPlaces) {

    /** How many conditions {@link #topConditions} lists at most. */
    public static final int TOP_CONDITIONS = 15;

    public RegistryStatistics {
        byStatus = List.copyOf(byStatus);
        byPhase = List.copyOf(byPhase);
        byStudyType = List.copyOf(byStudyType);
        byRegistry = List.copyOf(byRegistry);
        byStartYear = List.copyOf(byStartYear);
        topConditions = List.copyOf(topConditions);
        recruitingByState = List.copyOf(recruitingByState);
        recruitingPlaces = List.copyOf(recruitingPlaces);
    }

    /**
     * Recruiting sites in one German state ({@code state}: ISO 3166-2, "DE-BY"): {@code sites} counts each study once
     * per place it recruits at, {@code studies} each study once.
     */
    public record StateCount(String state, long sites, long studies) {
    }

    /**
     * A place in Germany where studies recruit: its point (the sites' points to about 100 m), its town as the
     * registries write it, its state (ISO 3166-2, null when not known) and how many studies recruit there.
     */
    public record RecruitingPlace(GeoPoint point, String city, String state, long studies) {
    }
}
