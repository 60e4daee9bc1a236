package de.dnpm.registry.domain.board;

/** What someone did to a case, as the audit records it. */
public enum CaseAction {
    OPENED, CREATED, CHANGED, MATCHED, SHORTLISTED, DECIDED, REPORT_EXPORTED, REFERRED, ACCEPTED, DELETED
}
