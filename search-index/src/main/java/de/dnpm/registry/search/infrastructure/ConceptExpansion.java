package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.ConceptMatch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plain query text read as diseases: the phrases the {@link ConceptDictionary} knows ("Lungenkrebs", "leukämie bei
 * kindern", "non-small cell lung cancer") each become one clause that a study satisfies with the words as typed
 * <em>or</em> with any name of the concept — English, German, synonyms — and, in broad matching, of the narrower
 * concepts below it (lung cancer: NSCLC, SCLC, …). So a German query finds English trials and an English one
 * German-only DRKS text. A word the index does not hold and the dictionary knows within two edits ("Brustkebs") is
 * read as the word it suggests. Words that name no disease are left to {@link StudyTextQueryParser}.
 */
final class ConceptExpansion {

    /** Terms searched per query, all concepts together: bounds the query's size for "cancer" (thousands below). */
    static final int MAX_TERMS = 48;
    /** How much an expansion term weighs against the words as typed. */
    private static final float EXPANSION_WEIGHT = 0.7f;
    private static final float TIE_BREAKER = 0.1f;
    private static final int MIN_SUGGESTED_LENGTH = 5;
    /** Where a disease name is looked for: the fields that say what a trial is about. */
    private static final List<StudyFields.TextField> CONCEPT_FIELDS = StudyFields.TEXT.stream()
            .filter(f -> f.alias().equals("condition") || f.alias().equals("title")).toList();

    /* Looked up per query, not held: the shared dictionary can then be released when the application is undeployed. */
    private final java.util.function.Supplier<ConceptDictionary> dictionaries;
    private final QueryBuilder phrases;
    private final Analyzer analyzer;

    ConceptExpansion(java.util.function.Supplier<ConceptDictionary> dictionaries, Analyzer analyzer) {
        this.dictionaries = dictionaries;
        this.analyzer = analyzer;
        this.phrases = new QueryBuilder(analyzer);
    }

    /**
     * The text's words split into disease phrases (each with its clause) and the rest, with the names of what was
     * also searched for and the corrected text when a word was read as another.
     */
    record Expanded(List<Query> conceptClauses, String rest, List<String> expansions, String suggestion) {
        boolean found() {
            return !conceptClauses.isEmpty();
        }
    }

    Expanded expand(String text, boolean broad, IndexReader reader, Analyzer analyzer) throws IOException {
        ConceptDictionary dictionary = dictionaries.get();
        List<String> words = List.of(text.strip().split("\\s+"));
        List<String> read = new ArrayList<>(words);
        boolean corrected = false;
        for (int i = 0; i < words.size(); i++) {
            Optional<String> suggested = suggestion(dictionary, words.get(i), reader, analyzer);
            if (suggested.isPresent()) {
                read.set(i, suggested.get());
                corrected = true;
            }
        }
        List<ConceptMatch> matches = dictionary.findIn(read);
        List<Query> clauses = new ArrayList<>();
        Set<String> expansions = new LinkedHashSet<>();
        boolean[] covered = new boolean[words.size()];
        int[] budget = {MAX_TERMS};
        for (ConceptMatch match : matches) {
            String typed = String.join(" ", read.subList(match.start(), match.end()));
            Optional<Query> clause = clause(dictionary, match, typed, broad, budget);
            if (clause.isEmpty()) {
                continue;
            }
            match.concepts().forEach(c -> expansions.add(c.name()));
            clauses.add(clause.get());
            for (int i = match.start(); i < match.end(); i++) {
                covered[i] = true;
            }
        }
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i]) {
                rest.add(read.get(i));
            }
        }
        return new Expanded(clauses, String.join(" ", rest), List.copyOf(expansions),
                corrected ? String.join(" ", read) : null);
    }

    /**
     * One disease phrase as one clause: the words as typed, or any name of its concepts (broad: and of the narrower
     * concepts below them), each name costing one unit of {@code budget}; empty when nothing of it can be searched.
     */
    Optional<Query> clause(ConceptDictionary dictionary, ConceptMatch match, String typed, boolean broad,
                           int[] budget) {
        List<Query> either = new ArrayList<>();
        StudyTextQueryParser.parse(typed, analyzer, true).ifPresent(either::add);
        Map<String, Concept> concepts = new LinkedHashMap<>();
        match.concepts().forEach(c -> concepts.put(c.id(), c));
        if (broad) {
            for (Concept c : match.concepts()) {
                dictionary.descendants(c.id(), MAX_TERMS).forEach(d -> concepts.putIfAbsent(d.id(), d));
            }
        }
        for (Concept concept : concepts.values()) {
            for (String term : dictionary.termsOf(concept.id())) {
                if (budget[0] <= 0) {
                    break;
                }
                Query anyField = inConceptFields(term);
                if (anyField != null) {
                    either.add(new BoostQuery(anyField, EXPANSION_WEIGHT));
                    budget[0]--;
                }
            }
        }
        return either.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(either, TIE_BREAKER));
    }

    /** The term as a phrase in each field that says what a trial is about, the best field counting. */
    private Query inConceptFields(String term) {
        List<Query> perField = new ArrayList<>();
        for (StudyFields.TextField field : CONCEPT_FIELDS) {
            Query phrase = phrases.createPhraseQuery(field.name(), term);
            if (phrase != null) {
                perField.add(new BoostQuery(phrase, field.boost()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /*
     * A word is read as another only when no study has it in any text field and it is long enough that two edits do
     * not turn one real word into another ("Brustkebs" → "Brustkrebs"; "lung" stays "lung").
     */
    private static Optional<String> suggestion(ConceptDictionary dictionary, String word, IndexReader reader,
                                               Analyzer analyzer) throws IOException {
        if (word.length() < MIN_SUGGESTED_LENGTH || !dictionary.find(word).isEmpty() || inAnyField(word, reader,
                analyzer)) {
            return Optional.empty();
        }
        return dictionary.suggest(word).filter(s -> !s.equalsIgnoreCase(word));
    }

    private static boolean inAnyField(String word, IndexReader reader, Analyzer analyzer) throws IOException {
        for (String field : StudyFields.TEXT_FIELDS) {
            try (var stream = analyzer.tokenStream(field, word)) {
                var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (reader.docFreq(new Term(field, term.toString())) > 0) {
                        stream.end();
                        return true;
                    }
                }
                stream.end();
            }
        }
        return false;
    }

    /** The concept clauses and the rest's query, each required (or, relaxed, each optional). */
    static Query combine(List<Query> conceptClauses, Optional<Query> rest, boolean allWordsRequired) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Occur occur = allWordsRequired ? Occur.MUST : Occur.SHOULD;
        conceptClauses.forEach(clause -> all.add(clause, occur));
        rest.ifPresent(query -> all.add(query, occur));
        return all.build();
    }
}
