package de.dnpm.registry.domain.board;

/**
 * Where a board case stands: REFERRED (sent by a practice, waiting in the board's queue), OPEN (on the board's list,
 * entered there or accepted from the queue), DECIDED (the board has recorded its recommendation).
 */
public enum CaseState {
    REFERRED, OPEN, DECIDED
}
