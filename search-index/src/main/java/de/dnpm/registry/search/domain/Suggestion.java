package de.dnpm.registry.search.domain;

/**
 * A completion offered while typing: the text to put into the search box and what it names.
 */
public record Suggestion(String text, Kind kind) {

    /**
     * What a suggestion names: a disease (the registries' conditions, the concept dictionary's English and German
     * names), a drug or other intervention, or a biomarker (a gene symbol such as EGFR, or a state such as MSI).
     */
    public enum Kind {
        CONDITION, INTERVENTION, BIOMARKER
    }
}
