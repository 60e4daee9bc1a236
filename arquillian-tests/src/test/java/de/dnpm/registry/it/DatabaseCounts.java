package de.dnpm.registry.it;

import java.util.List;
import java.util.Map;

/**
 * What the database holds, for checks against the index and against an import's expected result: studies, registry
 * entries, studies without an entry, studies holding two entries of one registry (two registrations are never one
 * trial, EU register national copies excepted), own registry ids shown by more than one study, and studies per
 * overall status (a {@code GROUP BY}; studies without a status are not counted there, as the index has no facet value
 * for them).
 */
public record DatabaseCounts(long studies, long entries, long studiesWithoutEntry, long studiesWithTwoOfOneRegistry,
                             List<String> registryIdsOfSeveralStudies, Map<String, Long> studiesByStatus) {
}
