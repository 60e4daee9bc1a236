package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.TrialRecord;

/** A source document together with what was read from it. */
public record ParsedRecord(RawRecord raw, TrialRecord trial) {
}
