package de.dnpm.registry.search.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concepts by ICD-10 code. The Disease Ontology maps to ICD-10-CM, trials carry ICD-10-GM (DRKS) or ICD-10-WHO; the
 * three share their three- and four-character codes, but the Disease Ontology often maps a concept only to some
 * four-character codes ("lung cancer" to C34.1, C34.2, C34.3) or to a range ("diabetes mellitus" to E08-E13). So a
 * code finds the concepts mapped to it exactly; else those of a shorter form of it (C34.90, then C34.9); a category
 * (three characters, or where the shorter forms found nothing) finds the concepts mapped to it and to any code in it
 * (C34: "bronchus cancer" on C34, then "lung cancer" on C34.1), else those of a range that holds it.
 */
final class Icd10Index {

    private static final Pattern RANGE = Pattern.compile("([A-Z])(\\d\\d)-([A-Z])(\\d\\d)");
    private static final Pattern UNDOTTED = Pattern.compile("([A-Z]\\d\\d)([0-9A-Z]+)");

    private final Map<String, Set<Integer>> exact = new HashMap<>();
    private final Map<String, Set<Integer>> byCategory = new HashMap<>();
    private final Map<String, Set<Integer>> byRange = new HashMap<>();

    void add(String code, int concept) {
        Matcher range = RANGE.matcher(code.toUpperCase(Locale.ROOT));
        if (range.matches() && range.group(1).equals(range.group(3))) {
            int from = Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(4));
            for (int n = from; n <= to && to - from < 100; n++) {
                byRange.computeIfAbsent(range.group(1) + String.format(Locale.ROOT, "%02d", n),
                        k -> new LinkedHashSet<>()).add(concept);
            }
            return;
        }
        String normal = normalise(code);
        if (normal.length() >= 3) {
            exact.computeIfAbsent(normal, k -> new LinkedHashSet<>()).add(concept);
            byCategory.computeIfAbsent(normal.substring(0, 3), k -> new LinkedHashSet<>()).add(concept);
        }
    }

    Set<Integer> find(String code) {
        String normal = normalise(code);
        if (normal.length() < 3) {
            return Set.of();
        }
        for (String shorter = normal; shorter.length() > 3; shorter = shorten(shorter)) {
            Set<Integer> found = exact.get(shorter);
            if (found != null) {
                return found;
            }
        }
        String category = normal.substring(0, 3);
        Set<Integer> found = new LinkedHashSet<>(exact.getOrDefault(category, Set.of()));
        found.addAll(byCategory.getOrDefault(category, Set.of()));
        return found.isEmpty() ? byRange.getOrDefault(category, Set.of()) : found;
    }

    /**
     * Upper case, no spaces, no dagger/asterisk/exclamation marks of ICD-10-GM ("E10.30†", "H36.0*"), no trailing
     * ".-" of a category ("C34.-"), and the dot put back where a source leaves it out ("C341").
     */
    static String normalise(String code) {
        String normal = code.toUpperCase(Locale.ROOT).replaceAll("[\\s†*!+]", "").replaceAll("[.-]+$", "");
        Matcher undotted = UNDOTTED.matcher(normal);
        return undotted.matches() ? undotted.group(1) + "." + undotted.group(2) : normal;
    }

    private static String shorten(String code) {
        String shorter = code.substring(0, code.length() - 1);
        return shorter.endsWith(".") ? shorter.substring(0, shorter.length() - 1) : shorter;
    }
}
