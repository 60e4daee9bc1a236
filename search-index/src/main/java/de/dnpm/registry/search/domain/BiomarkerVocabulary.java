package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.BiomarkerTokens.Token;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The biomarkers the search tells apart and every way trial texts and queries write them, with the words around a
 * mention that say what it means: hand-made data ({@value #MARKERS}, {@value #WORDS}; their headers define the
 * columns, PROVENANCE.md beside them says how they were made). Also which key implies which: a trial requiring
 * EGFR:L858R requires EGFR; one excluding EGFR (wild-type) excludes every EGFR key. Immutable; the shipped vocabulary
 * ({@link #standard()}) is a few kilobytes, loaded once and kept.
 */
public final class BiomarkerVocabulary {

    public static final String MARKERS = "/de/dnpm/registry/search/biomarkers/biomarkers.tsv";
    public static final String WORDS = "/de/dnpm/registry/search/biomarkers/biomarker-words.tsv";

    private static final int MARKER_COLUMNS = 7;

    /** The classes of the words file: the states a marker can be in, then the cues around a mention. */
    enum WordClass {
        POSITIVE, NEGATIVE, MUTATION, FUSION, AMP, OVEREXPRESSION, EXPRESSION, LOW, HIGH, DEFICIENT, PROFICIENT, STABLE,
        ANY, NEGATOR, EXCEPT, NEGATED_AFTER, EITHER, PERMIT, DRUG, STATUS, TREATMENT, RESET, KIDNEY, LIST, JOIN, NONMARKER,
        GE, GT, LE, LT;

        boolean isState() {
            return ordinal() <= ANY.ordinal();
        }

        boolean isComparison() {
            return this == GE || this == GT || this == LE || this == LT;
        }
    }

    /** A marker as trials name it: a gene (a key itself) or a family that names keys only with a state word. */
    record Marker(String name, List<BiomarkerKey> bare, Map<WordClass, BiomarkerKey> states, List<Level> levels) {
    }

    /** "TPS >= 50%" names PDL1:HIGH: the key a measured value reaches from this threshold on. */
    record Level(double threshold, BiomarkerKey key) {
    }

    /** A key with the polarity an alias gives it ("triple-negative": not HR:POSITIVE). */
    record SignedKey(BiomarkerKey key, boolean negated) {
    }

    /** What a spelling names. */
    sealed interface Term permits MarkerTerm, KeyTerm, AliasTerm, WordTerm {
    }

    record MarkerTerm(Marker marker) implements Term {
    }

    record KeyTerm(BiomarkerKey key) implements Term {
    }

    record AliasTerm(List<SignedKey> keys) implements Term {
    }

    record WordTerm(WordClass wordClass) implements Term {
    }

    /**
     * One way of writing a term, as tokens. {@code exactCase}: written with a capital, so trial text must match its
     * case. {@code needsContext}: also an ordinary word or abbreviation ("MET", "HR").
     */
    record Spelling(String written, List<Token> tokens, boolean exactCase, boolean needsContext, Term term) {
    }

    /** A spelling found in a token sequence; {@code literal}: in exactly the spelling's case. */
    record Match(Spelling spelling, int length, boolean literal) {
    }

    private final Map<BiomarkerKey, BiomarkerKey> parents = new LinkedHashMap<>();
    private final SortedSet<BiomarkerKey> keys = new TreeSet<>();
    private final Map<BiomarkerKey, List<BiomarkerKey>> children = new HashMap<>();
    private final Map<String, List<Spelling>> spellingsByFirstToken = new HashMap<>();

    private BiomarkerVocabulary(List<String[]> markerRows, List<String[]> wordRows) {
        Map<String, String[]> rowsByName = new LinkedHashMap<>();
        for (String[] row : markerRows) {
            if (rowsByName.put(row[0].strip(), row) != null) {
                throw new IllegalArgumentException("biomarkers: duplicate row " + row[0]);
            }
            String kind = row[1].strip();
            if (kind.equals("gene") || kind.equals("key")) {
                keys.add(BiomarkerKey.of(row[0].strip()));
            } else if (!kind.equals("family") && !kind.equals("alias")) {
                throw new IllegalArgumentException("biomarkers: unknown kind '" + kind + "' of " + row[0]);
            }
        }
        Map<String, Spelling> seen = new HashMap<>();
        for (String[] row : markerRows) {
            String name = row[0].strip();
            String kind = row[1].strip();
            if (!row[2].isBlank()) {
                BiomarkerKey parent = key(row[2].strip(), name);
                parents.put(BiomarkerKey.of(name), parent);
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(BiomarkerKey.of(name));
            }
            Term term = switch (kind) {
                case "gene", "family" -> new MarkerTerm(marker(name, kind.equals("gene"), row[4], row[5]));
                case "key" -> new KeyTerm(BiomarkerKey.of(name));
                default -> new AliasTerm(signedKeys(row[4], name));
            };
            for (String written : values(row[3])) {
                add(written, term, seen);
            }
        }
        for (String[] row : wordRows) {
            WordClass wordClass = WordClass.valueOf(row[0].strip());
            for (String written : values(row[1])) {
                add(written, new WordTerm(wordClass), seen);
            }
        }
        for (BiomarkerKey key : keys) {
            ancestorsCheck(key);
        }
        spellingsByFirstToken.values().forEach(list ->
                list.sort(Comparator.comparingInt((Spelling s) -> s.tokens().size()).reversed()));
    }

    /** The vocabulary of the resources on the classpath: loaded on first use, then shared. */
    public static BiomarkerVocabulary standard() {
        return Standard.VOCABULARY;
    }

    private static final class Standard {
        static final BiomarkerVocabulary VOCABULARY = new BiomarkerVocabulary(rows(MARKERS, MARKER_COLUMNS),
                rows(WORDS, 2));
    }

    /** A vocabulary from other tables of the same form (for tests of the rules themselves). */
    public static BiomarkerVocabulary read(Reader markers, Reader words) {
        return new BiomarkerVocabulary(rows(markers, MARKERS, MARKER_COLUMNS), rows(words, WORDS, 2));
    }

    /** Every key, sorted. */
    public SortedSet<BiomarkerKey> keys() {
        return Collections.unmodifiableSortedSet(keys);
    }

    public boolean isKey(BiomarkerKey key) {
        return keys.contains(key);
    }

    /** The key this one implies: EGFR for EGFR:L858R, BRAF:V600 for BRAF:V600E; none for a marker. */
    public Optional<BiomarkerKey> parentOf(BiomarkerKey key) {
        return Optional.ofNullable(parents.get(key));
    }

    /** The keys with every key they imply: what requiring them requires. */
    public Set<BiomarkerKey> withAncestors(Collection<BiomarkerKey> some) {
        Set<BiomarkerKey> all = new TreeSet<>();
        for (BiomarkerKey key : some) {
            for (BiomarkerKey k = key; k != null && all.add(k); k = parents.get(k)) {
                // walk up
            }
        }
        return all;
    }

    /** The keys with every key below them: what excluding them excludes (EGFR wild-type excludes EGFR:L858R). */
    public Set<BiomarkerKey> withDescendants(Collection<BiomarkerKey> some) {
        Set<BiomarkerKey> all = new TreeSet<>();
        ArrayDeque<BiomarkerKey> queue = new ArrayDeque<>(some);
        while (!queue.isEmpty()) {
            BiomarkerKey key = queue.poll();
            if (all.add(key)) {
                queue.addAll(children.getOrDefault(key, List.of()));
            }
        }
        return all;
    }

    /** The longest spelling that starts at this token, in exactly its case if two are as long. */
    Match match(List<Token> tokens, int at, boolean query) {
        List<Spelling> candidates = spellingsByFirstToken.get(tokens.get(at).stem());
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Spelling spelling : candidates) {
            int length = spelling.tokens().size();
            if (best != null && length < best.length()) {
                break;
            }
            if (at + length > tokens.size()) {
                continue;
            }
            // In a query case is the user's choice, except for eGFR, the one spelling whose case decides its meaning.
            boolean exactCase = spelling.exactCase() && (!query
                    || spelling.term() instanceof WordTerm word && word.wordClass() == WordClass.KIDNEY);
            boolean matches = true;
            boolean literal = true;
            for (int j = 0; j < length && matches; j++) {
                Token wanted = spelling.tokens().get(j);
                Token found = tokens.get(at + j);
                boolean same = wanted.text().equals(found.text());
                literal &= same;
                matches = exactCase ? same : wanted.stem().equals(found.stem());
            }
            if (matches && (best == null || literal && !best.literal())) {
                best = new Match(spelling, length, literal);
            }
        }
        return best;
    }

    private Marker marker(String name, boolean gene, String statesCell, String levelsCell) {
        Set<BiomarkerKey> bare = new LinkedHashSet<>();
        if (gene) {
            bare.add(BiomarkerKey.of(name));
        }
        Map<WordClass, BiomarkerKey> states = new EnumMap<>(WordClass.class);
        for (String entry : statesCell.strip().split("\\s+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("biomarkers: " + name + ": state '" + entry + "' is no CLASS=KEY");
            }
            if (parts[0].equals("BARE")) {
                bare.add(key(parts[1], name));
                continue;
            }
            WordClass wordClass = WordClass.valueOf(parts[0]);
            if (!wordClass.isState()) {
                throw new IllegalArgumentException("biomarkers: " + name + ": " + parts[0] + " is no state class");
            }
            states.put(wordClass, key(parts[1], name));
        }
        List<Level> levels = new ArrayList<>();
        for (String entry : levelsCell.strip().split("\\s+")) {
            if (!entry.isEmpty()) {
                String[] parts = entry.split("=", 2);
                levels.add(new Level(Double.parseDouble(parts[0]), key(parts[1], name)));
            }
        }
        levels.sort(Comparator.comparingDouble(Level::threshold));
        return new Marker(name, List.copyOf(bare), Map.copyOf(states), List.copyOf(levels));
    }

    private List<SignedKey> signedKeys(String cell, String name) {
        List<SignedKey> signed = new ArrayList<>();
        for (String entry : cell.strip().split("\\s+")) {
            if (!entry.isEmpty()) {
                boolean negated = entry.startsWith("-");
                signed.add(new SignedKey(key(negated ? entry.substring(1) : entry, name), negated));
            }
        }
        if (signed.isEmpty()) {
            throw new IllegalArgumentException("biomarkers: alias " + name + " names no keys");
        }
        return List.copyOf(signed);
    }

    private BiomarkerKey key(String written, String row) {
        BiomarkerKey key = BiomarkerKey.of(written);
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("biomarkers: " + row + " names " + written + ", which is no key");
        }
        return key;
    }

    /** Registers a spelling; the same tokens naming two different things would make a text mean both. */
    private void add(String written, Term term, Map<String, Spelling> seen) {
        boolean needsContext = written.startsWith("!");
        String text = needsContext ? written.substring(1) : written;
        List<Token> tokens = BiomarkerTokens.spellingTokens(text);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty spelling for " + term);
        }
        boolean exactCase = !text.equals(text.toLowerCase(Locale.ROOT));
        Spelling spelling = new Spelling(text, tokens, exactCase, needsContext, term);
        String identity = (exactCase ? "=" : "~") + String.join(" ",
                tokens.stream().map(t -> exactCase ? t.text() : t.stem()).toList());
        Spelling earlier = seen.putIfAbsent(identity, spelling);
        if (earlier != null && !earlier.term().equals(term)) {
            throw new IllegalArgumentException("'" + text + "' names both " + earlier.term() + " and " + term);
        }
        if (earlier == null) {
            spellingsByFirstToken.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>()).add(spelling);
        }
    }

    private void ancestorsCheck(BiomarkerKey key) {
        Set<BiomarkerKey> path = new LinkedHashSet<>();
        for (BiomarkerKey k = key; k != null; k = parents.get(k)) {
            if (!path.add(k)) {
                throw new IllegalArgumentException("biomarkers: parents form a cycle: " + path);
            }
        }
    }

    private static List<String> values(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = BiomarkerVocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return rows(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns);
    }

    private static List<String[]> rows(Reader source, String name, int columns) {
        return TsvRows.read(source, name, columns);
    }
}
