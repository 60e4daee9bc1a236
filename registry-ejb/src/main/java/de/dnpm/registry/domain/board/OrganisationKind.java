package de.dnpm.registry.domain.board;

/** A board (molecular tumour or inflammation board) discusses cases; a practice refers them. */
public enum OrganisationKind {
    BOARD, PRACTICE
}
