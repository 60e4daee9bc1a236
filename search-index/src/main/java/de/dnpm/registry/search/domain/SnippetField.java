package de.dnpm.registry.search.domain;

/**
 * The parts of a study a hit's snippet is taken from, in order of preference: the first that holds a match gives the
 * snippet. {@code EXCLUSION}: the exclusion criteria (a word found only there often means the study rules it out).
 */
public enum SnippetField {
    TITLE, CONDITIONS, SUMMARY, ELIGIBILITY, EXCLUSION
}
