package de.dnpm.registry.search.domain.matching;

import java.util.List;

/**
 * A match's trials in rank order, how many candidate trials were assessed to find them, and how many candidates the
 * index found ({@code candidatesFound} > {@code candidatesAssessed} when the candidates were capped).
 */
public record TrialMatches(List<TrialMatch> matches, int candidatesAssessed, long candidatesFound) {

    public TrialMatches {
        matches = List.copyOf(matches);
    }

    /** Without the count found: as many were found as assessed. */
    public TrialMatches(List<TrialMatch> matches, int candidatesAssessed) {
        this(matches, candidatesAssessed, candidatesAssessed);
    }
}
