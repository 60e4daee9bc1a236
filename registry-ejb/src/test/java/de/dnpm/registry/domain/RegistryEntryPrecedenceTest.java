package de.dnpm.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which version of one registry entry is shown when the registry's own export and ICTRP's copy both arrive. */
class RegistryEntryPrecedenceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final RecordVersion OWN_2023 = new RecordVersion("2023-03-01", "own-2023");
    private static final RecordVersion OWN_2024 = new RecordVersion("2024-06-01", "own-2024");
    private static final RecordVersion ICTRP_2025 = new RecordVersion("2025-11-20", "ictrp-2025");
    private static final RecordVersion ICTRP_2026 = new RecordVersion("2026-01-10", "ictrp-2026");

    @Test
    void anIctrpCopyNeverReplacesTheRegistrysOwnRecordEvenWhenDatedLater() {
        RegistryEntry entry = entry(OWN_2023, DocumentFormat.CTGOV_JSON);
        assertFalse(entry.isSupersededBy(ICTRP_2025, DocumentFormat.ICTRP_XML));
        assertTrue(entry.isSupersededBy(OWN_2024, DocumentFormat.CTGOV_XML), "a newer own version still does");
    }

    @Test
    void theRegistrysOwnRecordReplacesAnIctrpCopyEvenWhenDatedEarlier() {
        RegistryEntry entry = entry(ICTRP_2025, DocumentFormat.ICTRP_CSV);
        assertTrue(entry.isSupersededBy(OWN_2023, DocumentFormat.DRKS_JSON));
        assertTrue(entry.isSupersededBy(ICTRP_2026, DocumentFormat.ICTRP_XLSX), "among copies the newer wins");
        assertFalse(entry.isSupersededBy(new RecordVersion("2020-01-01", "ictrp-2020"), DocumentFormat.ICTRP_XML));
    }

    @Test
    void everyImportOrderShowsTheSameVersion() {
        List<Arrival> arrivals = List.of(new Arrival(OWN_2023, DocumentFormat.CTGOV_JSON),
                new Arrival(OWN_2024, DocumentFormat.CTGOV_XML), new Arrival(ICTRP_2025, DocumentFormat.ICTRP_XML),
                new Arrival(ICTRP_2026, DocumentFormat.ICTRP_CSV));
        for (List<Arrival> order : permutations(arrivals)) {
            RegistryEntry entry = entry(order.get(0).version(), order.get(0).format());
            for (Arrival next : order.subList(1, order.size())) {
                if (entry.isSupersededBy(next.version(), next.format())) {
                    entry.show(next.version(), next.format(), NOW);
                }
            }
            assertEquals(OWN_2024, entry.getVersion(), () -> "order " + order);
            assertEquals(DocumentFormat.CTGOV_XML, entry.getFormat());
        }
    }

    private static RegistryEntry entry(RecordVersion version, DocumentFormat format) {
        Study study = new Study(RegistryScheme.NCT, "NCT05697861", NOW);
        return new RegistryEntry(study, RegistryScheme.NCT, "NCT05697861", format, version, NOW);
    }

    private record Arrival(RecordVersion version, DocumentFormat format) {
    }

    private static List<List<Arrival>> permutations(List<Arrival> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Arrival>> result = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Arrival> rest = new java.util.ArrayList<>(items);
            Arrival first = rest.remove(i);
            for (List<Arrival> tail : permutations(rest)) {
                List<Arrival> order = new java.util.ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
