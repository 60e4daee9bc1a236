package de.dnpm.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which version of a registry record a study shows, whatever order the versions arrive in. */
class RecordVersionTest {

    private static final RecordVersion DATED_2024 = new RecordVersion("2024-05-02", "aa");
    private static final RecordVersion DATED_2025 = new RecordVersion("2025-01-10", "bb");
    private static final RecordVersion UNDATED = new RecordVersion(null, "ff");

    @Test
    void aNewerVersionSupersedesAnOlderOne() {
        assertTrue(DATED_2025.supersedes(DATED_2024));
        assertFalse(DATED_2024.supersedes(DATED_2025));
    }

    @Test
    void anUndatedVersionNeverOverwritesADatedOne() {
        // an API "fields=" projection has no last-update date: it must not wipe the full record's sites
        assertFalse(UNDATED.supersedes(DATED_2024));
        assertTrue(DATED_2024.supersedes(UNDATED), "and a dated version replaces an undated one");
    }

    @Test
    void equalDatesAreDecidedByTheContentHash() {
        RecordVersion a = new RecordVersion("2025-01-10", "0a");
        RecordVersion b = new RecordVersion("2025-01-10", "0b");
        assertTrue(b.supersedes(a));
        assertFalse(a.supersedes(b));
        assertFalse(a.supersedes(a), "a version does not supersede itself");
    }

    @Test
    void sameResultWhateverTheImportOrder() {
        List<RecordVersion> versions = List.of(DATED_2024, DATED_2025, UNDATED,
                new RecordVersion("2025-01-10", "0a"), new RecordVersion("", "cc"));
        for (List<RecordVersion> order : permutations(versions)) {
            RecordVersion shown = null;
            for (RecordVersion v : order) {
                if (v.supersedes(shown)) {
                    shown = v;
                }
            }
            assertEquals(DATED_2025, shown, order.toString());
        }
    }

    private static List<List<RecordVersion>> permutations(List<RecordVersion> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<RecordVersion>> all = new ArrayList<>();
        for (RecordVersion first : items) {
            List<RecordVersion> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<RecordVersion> tail : permutations(rest)) {
                List<RecordVersion> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
