package de.dnpm.registry.it;

import java.util.List;
import java.util.Map;

/**
 * What the database holds, for checks against the index and against an import's expected result: studies, registry
 * entries, studies that do not have exactly one entry, own registry ids shown by more than one study, and studies per
 * overall status (a {@code GROUP BY}; studies without a status are not counted there, as the index has no facet value
 * for them).
 */
public record DatabaseCounts(long studies, long entries, long studiesWithoutExactlyOneEntry,
                             List<String> registryIdsOfSeveralStudies, Map<String, Long> studiesByStatus) {
}
