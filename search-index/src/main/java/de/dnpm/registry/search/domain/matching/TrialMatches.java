package de.dnpm.registry.search.domain.matching;

import java.util.List;

/** A match's trials in rank order, and how many candidate trials were assessed to find them. */
public record TrialMatches(List<TrialMatch> matches, int candidatesAssessed) {

    public TrialMatches {
        matches = List.copyOf(matches);
    }
}
