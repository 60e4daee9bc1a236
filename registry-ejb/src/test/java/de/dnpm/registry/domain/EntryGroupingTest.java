package de.dnpm.registry.domain;

import de.dnpm.registry.domain.EntryGrouping.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which entries are one trial; ids in the style of real ones, relations written for the test. */
class EntryGroupingTest {

    private static final Node DRKS = new Node(RegistryScheme.DRKS, "DRKS00012345", Set.of("NCT01234567"));
    private static final Node NCT = new Node(RegistryScheme.NCT, "NCT01234567", Set.of("2015-001234-56"));
    private static final Node EUCTR_DE = new Node(RegistryScheme.EUCTR, "EUCTR2015-001234-56-DE",
            Set.of("2015-001234-56"));
    private static final Node EUCTR_ES = new Node(RegistryScheme.EUCTR, "EUCTR2015-001234-56-ES",
            Set.of("2015-001234-56"));
    private static final Node OTHER = new Node(RegistryScheme.NCT, "NCT07654321", Set.of());

    @Test
    void entriesNamingEachOtherOrSharingANumberAreOneTrialTransitively() {
        List<List<Node>> groups = EntryGrouping.groups(List.of(OTHER, EUCTR_ES, DRKS, NCT, EUCTR_DE));

        assertEquals(2, groups.size(), groups::toString);
        assertEquals(Set.of(DRKS, NCT, EUCTR_DE, EUCTR_ES), Set.copyOf(groups.getFirst()),
                "DRKS names the NCT record, which shares its EudraCT number with the EU register's national copies");
        assertEquals(List.of(OTHER), groups.get(1));
    }

    @Test
    void twoRegistrationsInOneRegistryStayApartEvenWhenTheyShareANumber() {
        Node duplicate = new Node(RegistryScheme.NCT, "NCT09999999", Set.of("2015-001234-56"));

        List<List<Node>> groups = EntryGrouping.groups(List.of(NCT, duplicate, EUCTR_DE));

        assertEquals(2, groups.size(), groups::toString);
        assertEquals(Set.of(EUCTR_DE, NCT), Set.copyOf(groups.getFirst()), "the first registration by id order");
        assertEquals(List.of(duplicate), groups.get(1));
    }

    @Test
    void theGroupsDoNotDependOnTheOrderTheEntriesCameIn() {
        Node duplicate = new Node(RegistryScheme.NCT, "NCT09999999", Set.of("2015-001234-56", "DRKS00012345"));
        List<Node> nodes = new ArrayList<>(List.of(OTHER, EUCTR_ES, DRKS, NCT, EUCTR_DE, duplicate));
        List<List<Node>> expected = EntryGrouping.groups(nodes);
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            Collections.shuffle(nodes, random);
            assertEquals(expected, EntryGrouping.groups(nodes));
        }
    }
}
