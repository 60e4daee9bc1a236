package de.dnpm.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which registry entries describe one trial: entries that share a public registry id (one's own id named by
 * the other, or both naming the same EudraCT, EU CT, UTN ... number) belong together, transitively. One exception
 * keeps two registrations of one registry apart: a group never holds two entries of the same registry, except EU
 * Clinical Trials Register records, which are one trial's national copies (EUCTR2004-001298-24-ES, ...-DE).
 * <p>
 * The grouping is computed from the entries alone, in a fixed order (keys, then own ids, sorted), so whatever order
 * the records were imported in, the same entries form the same groups (decision 003).
 */
public final class EntryGrouping {

    /**
     * An entry as grouping sees it: its own id (scheme and value) and the public registry ids it names (normal form);
     * its own id counts as one of its keys.
     */
    public record Node(RegistryScheme scheme, String registryId, Set<String> keys) {
        public Node {
            Set<String> all = new TreeSet<>(keys);
            all.add(registryId);
            keys = Set.copyOf(all);
        }

        String own() {
            return scheme + ":" + registryId;
        }
    }

    private EntryGrouping() {
    }

    /** The groups of these entries, each sorted by own id, the groups sorted by their first entry. */
    public static List<List<Node>> groups(List<Node> nodes) {
        List<Node> sorted = nodes.stream().sorted(Comparator.comparing(Node::own)).distinct().toList();
        int[] parent = new int[sorted.size()];
        List<Set<RegistryScheme>> schemes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            parent[i] = i;
            schemes.add(EnumSet.of(sorted.get(i).scheme()));
        }
        Map<String, List<Integer>> holders = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (String key : sorted.get(i).keys()) {
                holders.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> sharing : holders.values()) {
            for (int j = 1; j < sharing.size(); j++) {
                for (int i = 0; i < j; i++) {
                    union(parent, schemes, sharing.get(i), sharing.get(j));
                }
            }
        }
        Map<Integer, List<Node>> byRoot = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
        }
        return byRoot.values().stream().map(List::copyOf)
                .sorted(Comparator.comparing(group -> group.getFirst().own())).toList();
    }

    private static void union(int[] parent, List<Set<RegistryScheme>> schemes, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb || conflict(schemes.get(ra), schemes.get(rb))) {
            return;
        }
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        schemes.get(root).addAll(schemes.get(other));
    }

    /* two entries of one registry are two registrations, not one trial (EUCTR's national copies excepted) */
    private static boolean conflict(Set<RegistryScheme> a, Set<RegistryScheme> b) {
        Set<RegistryScheme> both = new TreeSet<>(a);
        both.retainAll(b);
        both.remove(RegistryScheme.EUCTR);
        return !both.isEmpty();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
