package de.dnpm.registry.search.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Disease concepts by name in German and English, by ICD-10 code and MeSH id, with their hierarchy: what a query's
 * words mean ("Lungenkrebs", "Mamma-Ca", "non small cell lung cancer") and which terms to search for. Everything is
 * answered from maps built once in memory; nothing scans the concepts. Immutable and safe to share between threads.
 */
public final class ConceptDictionary {

    /** How many descendants {@link #descendants(String)} gives at most, nearest first ("cancer" has over 2,000). */
    public static final int MAX_DESCENDANTS = 1000;

    // ICD-10-GM titles name a synonym or an abbreviation in brackets ("Akute lymphatische Leukämie [ALL]"): the
    // title is also found without it.
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\[[^\\]]*]");
    private static final String MESH_PREFIX = "MESH:";

    private final List<Concept> concepts;
    private final Map<String, Integer> byId = new HashMap<>();
    private final int[][] children;
    private final Map<String, int[]> phrases = new HashMap<>();
    private final Map<String, int[]> capitalPhrases = new HashMap<>();
    private final int maxPhraseTokens;
    private final Icd10Index icd10 = new Icd10Index();
    private final Map<String, int[]> mesh = new HashMap<>();
    private final Map<String, int[]> oncoTree = new HashMap<>();
    private final TermSuggester suggester;

    /** A dictionary of these concepts; parents that are not among them are ignored. */
    public ConceptDictionary(Collection<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        for (int i = 0; i < this.concepts.size(); i++) {
            if (byId.putIfAbsent(this.concepts.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate concept id " + this.concepts.get(i).id());
            }
        }
        List<List<Integer>> childLists = new ArrayList<>();
        for (int i = 0; i < this.concepts.size(); i++) {
            childLists.add(new ArrayList<>());
        }
        Map<String, String> displayByKey = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < this.concepts.size(); i++) {
            Concept concept = this.concepts.get(i);
            for (String parent : concept.parents()) {
                Integer p = byId.get(parent);
                if (p != null) {
                    childLists.get(p).add(i);
                }
            }
            longest = Math.max(longest, indexTerms(i, concept, displayByKey));
            for (String code : concept.icd10()) {
                icd10.add(code, i);
            }
            for (String id : concept.mesh()) {
                append(mesh, meshKey(id), i);
            }
            for (String code : concept.oncoTree()) {
                append(oncoTree, code.toUpperCase(Locale.ROOT), i);
            }
        }
        children = childLists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        maxPhraseTokens = longest;
        suggester = new TermSuggester(displayByKey);
    }

    /** Puts the concept's terms into the phrase maps; returns the most words one of its keys has. */
    private int indexTerms(int i, Concept concept, Map<String, String> displayByKey) {
        int longest = 0;
        for (String term : surfaceTerms(concept)) {
            boolean capitals = concept.capitalsOnly().contains(term);
            for (String variant : variants(term)) {
                String key = TermKey.of(variant);
                if (key.isEmpty()) {
                    continue;
                }
                append(capitals ? capitalPhrases : phrases, key, i);
                if (hasDottedVowel(variant)) {
                    append(capitals ? capitalPhrases : phrases, TermKey.ofDotless(variant), i);
                }
                if (!capitals) {
                    displayByKey.putIfAbsent(key, term);
                }
                longest = Math.max(longest, (int) key.chars().filter(c -> c == ' ').count() + 1);
            }
        }
        return longest;
    }

    // Concepts are added in index order, so a repeat can only be the last element.
    private static void append(Map<String, int[]> map, String key, int concept) {
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[] {concept});
        } else if (old[old.length - 1] != concept) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = concept;
            map.put(key, grown);
        }
    }

    /** Every concept, in the order given (what suggestions offer their names from). */
    public List<Concept> concepts() {
        return concepts;
    }

    public int size() {
        return concepts.size();
    }

    public Optional<Concept> get(String conceptId) {
        Integer i = byId.get(conceptId);
        return i == null ? Optional.empty() : Optional.of(concepts.get(i));
    }

    /**
     * The concepts one of whose names, synonyms or German names is the phrase, compared by {@link TermKey} (so
     * "Leukämien", "leukaemia" and "Leukaemie" are found). An abbreviation that is also a common word ("ALL") counts only
     * when typed in capitals.
     */
    public List<Concept> find(String phrase) {
        String key = TermKey.of(phrase);
        return key.isEmpty() ? List.of() : conceptsOf(key, inCapitals(phrase));
    }

    /**
     * The concept phrases in a token sequence (a query's words, in their original case where possible), longest first
     * from left to right, without overlaps: "leukämie bei kindern" is one phrase, "non small cell lung cancer egfr" one
     * phrase and a word that names nothing. A token may hold several words ("non-small").
     */
    public List<ConceptMatch> findIn(List<String> tokens) {
        List<List<String>> keys = tokens.stream().map(TermKey::tokens).toList();
        List<ConceptMatch> matches = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int end = keys.get(start).isEmpty() ? start : longestPhraseFrom(start, tokens, keys, matches);
            start = Math.max(end, start + 1);
        }
        return matches;
    }

    private int longestPhraseFrom(int start, List<String> tokens, List<List<String>> keys, List<ConceptMatch> matches) {
        int last = start;
        int words = 0;
        while (last < tokens.size() && words + keys.get(last).size() <= maxPhraseTokens) {
            words += keys.get(last).size();
            last++;
        }
        for (int end = last; end > start; end--) {
            if (keys.get(end - 1).isEmpty()) {
                continue;
            }
            List<String> phraseWords = new ArrayList<>();
            boolean capitals = true;
            for (int t = start; t < end; t++) {
                phraseWords.addAll(keys.get(t));
                capitals &= tokens.get(t).codePoints().noneMatch(Character::isLowerCase);
            }
            List<Concept> found = conceptsOf(String.join(" ", phraseWords), capitals);
            if (!found.isEmpty()) {
                matches.add(new ConceptMatch(start, end, found));
                return end;
            }
        }
        return start;
    }

    /** The concepts below a concept, nearest first (breadth first), at most {@link #MAX_DESCENDANTS}. */
    public List<Concept> descendants(String conceptId) {
        return descendants(conceptId, MAX_DESCENDANTS);
    }

    /** The concepts below a concept, nearest first (breadth first), at most {@code limit}. */
    public List<Concept> descendants(String conceptId, int limit) {
        Integer root = byId.get(conceptId);
        if (root == null) {
            return List.of();
        }
        Set<Integer> seen = new LinkedHashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty() && seen.size() < limit) {
            for (int child : children[queue.poll()]) {
                if (child != root && seen.size() < limit && seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        return seen.stream().map(concepts::get).toList();
    }

    /**
     * The English and German terms to search for a concept in trial texts: name, synonyms, German names, each once.
     * Abbreviations that count only in capitals are left out: a lower-casing text analysis would find "ALL" in "all".
     */
    public List<String> termsOf(String conceptId) {
        return get(conceptId).map(c -> surfaceTerms(c).stream().filter(t -> !c.capitalsOnly().contains(t)).toList())
                .orElse(List.of());
    }

    /** The known term closest to a misspelt one ("Brustkebs" → "Brustkrebs"), at most two edits away. */
    public Optional<String> suggest(String misspelt) {
        return suggester.suggest(misspelt);
    }

    /**
     * The concepts of an ICD-10 code (ICD-10-GM, -WHO or -CM, with or without dot; see {@link Icd10Index} for codes the
     * Disease Ontology does not map), the most general only: below "breast cancer" on C50 are a dozen concepts mapped
     * to C50.x, which its descendants hold anyway.
     */
    public List<Concept> byIcd10(String code) {
        Set<Integer> found = icd10.find(code);
        return found.stream().filter(i -> found.stream().noneMatch(other -> other != i.intValue() && isBelow(i, other)))
                .map(concepts::get).toList();
    }

    private boolean isBelow(int concept, int ancestor) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(concept));
        Set<Integer> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            for (String parent : concepts.get(queue.poll()).parents()) {
                Integer p = byId.get(parent);
                if (p != null && seen.add(p)) {
                    if (p == ancestor) {
                        return true;
                    }
                    queue.add(p);
                }
            }
        }
        return false;
    }

    /** The concepts of a MeSH descriptor or supplementary concept id, with or without "MESH:" ("D001943"). */
    public List<Concept> byMesh(String meshId) {
        return toConcepts(mesh.get(meshKey(meshId)));
    }

    /** The concepts of an OncoTree code ("NSCLC", "LUAD"). */
    public List<Concept> byOncoTree(String code) {
        return toConcepts(oncoTree.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private List<Concept> conceptsOf(String key, boolean capitals) {
        int[] any = phrases.get(key);
        int[] caps = capitals ? capitalPhrases.get(key) : null;
        if (caps == null) {
            return toConcepts(any);
        }
        Set<Integer> both = new LinkedHashSet<>();
        for (int[] part : new int[][] {any == null ? new int[0] : any, caps}) {
            for (int i : part) {
                both.add(i);
            }
        }
        return both.stream().map(concepts::get).toList();
    }

    private List<Concept> toConcepts(int[] indexes) {
        if (indexes == null) {
            return List.of();
        }
        List<Concept> found = new ArrayList<>(indexes.length);
        for (int i : indexes) {
            found.add(concepts.get(i));
        }
        return List.copyOf(found);
    }

    private static List<String> surfaceTerms(Concept concept) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(concept.name());
        terms.addAll(concept.synonyms());
        terms.addAll(concept.germanNames());
        return List.copyOf(terms);
    }

    private static List<String> variants(String term) {
        if (term.indexOf('[') < 0) {
            return List.of(term);
        }
        String unbracketed = BRACKETED.matcher(term).replaceAll("").strip();
        return unbracketed.isEmpty() || unbracketed.equals(term) ? List.of(term) : List.of(term, unbracketed);
    }

    private static boolean hasDottedVowel(String text) {
        return text.indexOf('ä') >= 0 || text.indexOf('ö') >= 0 || text.indexOf('Ä') >= 0 || text.indexOf('Ö') >= 0;
    }

    private static boolean inCapitals(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String meshKey(String id) {
        String upper = id.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith(MESH_PREFIX) ? upper.substring(MESH_PREFIX.length()) : upper;
    }
}
