package de.dnpm.registry.search.domain.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cancer and immune therapies by their names (generic, brand, code, German spellings) and the classes they belong to
 * (EGFR_TKI, ALK_INHIBITOR, PLATINUM, PD1_PDL1, TNF_INHIBITOR, JAK_INHIBITOR, ...): hand-made data ({@value #THERAPIES},
 * one row per therapy: generic name, classes separated by commas, other names separated by "|"; PROVENANCE.md beside
 * it says how it was made). A regimen ("FOLFOX") is a row whose classes are those of its drugs. Immutable.
 */
public final class TherapyVocabulary {

    public static final String THERAPIES = "/de/dnpm/registry/search/criteria/therapies.tsv";

    private static volatile TherapyVocabulary standard;

    private final Map<String, String> genericByName;
    private final Map<String, Set<String>> classesByGeneric;

    /** {@code rows}: generic name, its classes, its other names. */
    public TherapyVocabulary(List<Row> rows) {
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> classes = new HashMap<>();
        for (Row row : rows) {
            String generic = normal(row.generic());
            classes.put(generic, Collections.unmodifiableSet(new LinkedHashSet<>(row.classes())));
            names.put(generic, generic);
            for (String name : row.names()) {
                names.putIfAbsent(normal(name), generic);
            }
        }
        this.genericByName = Map.copyOf(names);
        this.classesByGeneric = Map.copyOf(classes);
    }

    /** One therapy of the vocabulary. */
    public record Row(String generic, List<String> classes, List<String> names) {
        public Row {
            classes = List.copyOf(classes);
            names = List.copyOf(names);
        }
    }

    /** The shipped vocabulary, loaded once. */
    public static TherapyVocabulary standard() {
        TherapyVocabulary loaded = standard;
        if (loaded == null) {
            synchronized (TherapyVocabulary.class) {
                if (standard == null) {
                    standard = load();
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    private static TherapyVocabulary load() {
        try (InputStream in = TherapyVocabulary.class.getResourceAsStream(THERAPIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + THERAPIES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new java.util.ArrayList<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (header || line.isBlank() || line.startsWith("#")) {
                    header = header && !line.startsWith("#") ? false : header;
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], split(f.length > 1 ? f[1] : "", ","), split(f.length > 2 ? f[2] : "", "\\|")));
            }
            return new TherapyVocabulary(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String value, String separator) {
        return value.isBlank() ? List.of() : java.util.Arrays.stream(value.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The generic name of a drug as written ("Tagrisso", "AZD9291", "Osimertinib" → "osimertinib"), if known. */
    public Optional<String> drug(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(genericByName.get(normal(name)));
    }

    /** The classes of a drug or regimen ("osimertinib" → EGFR_TKI; "FOLFOX" → PLATINUM, FLUOROPYRIMIDINE, ...). */
    public Set<String> classesOf(String drugOrRegimen) {
        return drug(drugOrRegimen).map(classesByGeneric::get).orElse(Set.of());
    }

    /** Every name the vocabulary knows, normalised (lower case, single spaces), with its generic name. */
    public Map<String, String> names() {
        return genericByName;
    }

    static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
    }
}
