package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.ConceptMatch;
import de.dnpm.registry.search.domain.PatientNote;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A patient description turned into a weighted query, the way a study nurse would search for that patient:
 * <ol>
 * <li>the diseases and findings the note affirms ({@link PatientNote}: not the negated ones, not the relatives'), read
 * through the concept dictionary with their synonyms and narrower concepts, weighted more when the first sentence
 * names them (the diagnosis usually comes first) — these say what a trial must be about;</li>
 * <li>the note's most specific words (by how rare they are among the studies), each looked for in every text field by
 * the field's weight — these rank the trials of that disease by how much of the patient they speak of;</li>
 * <li>trials whose own age limits or sex exclude the patient the note describes are not dropped but demoted: a note
 * can be wrong, and the user may ask for those limits as filters.</li>
 * </ol>
 * No language model: the same text always gives the same query.
 */
final class PatientNoteQuery {

    /** Words of the note searched, the most specific first. */
    static final int MAX_WORDS = 32;
    /** Disease phrases searched; a note lists many findings, the first few matter. */
    static final int MAX_CONCEPTS = 12;
    /**
     * Expansion names (synonyms, other language, narrower concepts) of all disease phrases together, the first named
     * first: with the words and the fields each is looked for in, this keeps a note's query within Lucene's 1,024
     * clauses.
     */
    static final int CONCEPT_TERMS = 40;
    static final float CONCEPT_WEIGHT = 1.0f;
    static final float FIRST_SENTENCE_WEIGHT = 2.0f;
    static final float WORD_WEIGHT = 0.3f;
    /** A word of the first sentence counts as often as this: it usually states the diagnosis and the setting. */
    static final int FIRST_SENTENCE_WORD_COUNT = 3;
    /** A trial whose age or sex limits exclude the patient keeps this share of its score. */
    static final float EXCLUDED_PATIENT_FACTOR = 0.2f;
    /** Words in more than this share of all studies say nothing about a trial's topic. */
    private static final double MAX_DOCUMENT_SHARE = 0.25;

    private final Supplier<ConceptDictionary> dictionaries;
    private final ConceptExpansion concepts;
    private final Analyzer analyzer;

    PatientNoteQuery(Supplier<ConceptDictionary> dictionaries, ConceptExpansion concepts, Analyzer analyzer) {
        this.dictionaries = dictionaries;
        this.concepts = concepts;
        this.analyzer = analyzer;
    }

    /** The query for a note and the names of the diseases it was read as naming. */
    record Read(Optional<Query> query, List<String> conditions) {
    }

    Read build(PatientNote note, IndexReader reader) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> conditions = conceptClauses(note, any);
        try {
            wordClauses(note, reader, any);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery query = any.build();
        if (query.clauses().isEmpty()) {
            return new Read(Optional.empty(), conditions);
        }
        Query ranked = query;
        Optional<Query> excluded = excludesPatient(note);
        if (excluded.isPresent()) {
            ranked = FunctionScoreQuery.boostByQuery(ranked, excluded.get(), EXCLUDED_PATIENT_FACTOR);
        }
        return new Read(Optional.of(ranked), conditions);
    }

    private List<String> conceptClauses(PatientNote note, BooleanQuery.Builder into) {
        ConceptDictionary dictionary = dictionaries.get();
        Map<String, Float> weights = new LinkedHashMap<>();
        int[] budget = {CONCEPT_TERMS};
        Map<String, Query> clauses = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (PatientNote.Clause clause : note.affirmed()) {
            List<String> words = List.of(clause.text().split("\\s+"));
            for (ConceptMatch match : dictionary.findIn(words)) {
                String typed = String.join(" ", words.subList(match.start(), match.end()));
                String key = match.concepts().getFirst().id();
                if (!clauses.containsKey(key)) {
                    if (clauses.size() >= MAX_CONCEPTS) {
                        continue;
                    }
                    concepts.clause(dictionary, match, typed, true, budget)
                            .ifPresent(q -> clauses.put(key, q));
                    match.concepts().forEach(c -> names.add(c.name()));
                }
                float weight = clause.firstSentence() ? FIRST_SENTENCE_WEIGHT : CONCEPT_WEIGHT;
                weights.merge(key, weight, Float::sum);
            }
        }
        clauses.forEach((key, query) -> into.add(new BoostQuery(query, weights.get(key)), Occur.SHOULD));
        return List.copyOf(names);
    }

    /* Each selected word in every text field of its language, the best field counting, by the field's weight. */
    private void wordClauses(PatientNote note, IndexReader reader, BooleanQuery.Builder into) throws IOException {
        Map<String, List<StudyFields.TextField>> byLanguage = new LinkedHashMap<>();
        StudyFields.TEXT.forEach(f -> byLanguage.computeIfAbsent(f.language(), l -> new ArrayList<>()).add(f));
        for (List<StudyFields.TextField> fields : byLanguage.values()) {
            String probe = fields.stream().filter(f -> f.alias().equals("summary")).findFirst()
                    .orElse(fields.getFirst()).name();
            for (Map.Entry<String, Double> word : specificWords(note, probe, reader)) {
                List<Query> perField = new ArrayList<>();
                for (StudyFields.TextField field : fields) {
                    perField.add(new BoostQuery(new TermQuery(new Term(field.name(), word.getKey())), field.boost()));
                }
                into.add(new BoostQuery(new DisjunctionMaxQuery(perField, 0.1f),
                        (float) (WORD_WEIGHT * word.getValue())), Occur.SHOULD);
            }
        }
    }

    /*
     * The note's affirmed words that some study has in the probe field and fewer than a quarter of them do, weighted by
     * rarity (idf, scaled to 0..1) and by how often the note says them (square root; the first sentence's count
     * {@value #FIRST_SENTENCE_WORD_COUNT} times), best first.
     */
    private List<Map.Entry<String, Double>> specificWords(PatientNote note, String probe, IndexReader reader)
            throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PatientNote.Clause clause : note.affirmed()) {
            count(clause.text(), probe, clause.firstSentence() ? FIRST_SENTENCE_WORD_COUNT : 1, counts);
        }
        int documents = Math.max(1, reader.numDocs());
        double maxIdf = Math.log(1 + documents);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> word : counts.entrySet()) {
            int df = reader.docFreq(new Term(probe, word.getKey()));
            if (df == 0 || df > documents * MAX_DOCUMENT_SHARE) {
                continue;
            }
            double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5)) / maxIdf;
            weights.put(word.getKey(), idf * Math.sqrt(word.getValue()));
        }
        return weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_WORDS).toList();
    }

    private void count(String text, String probe, int times, Map<String, Integer> counts) throws IOException {
        try (var stream = analyzer.tokenStream(probe, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.length() > 1 && !word.chars().allMatch(Character::isDigit)) {
                    counts.merge(word, times, Integer::sum);
                }
            }
            stream.end();
        }
    }

    /* The trials whose own limits rule out the patient's age or sex as the note states them. */
    private static Optional<Query> excludesPatient(PatientNote note) {
        BooleanQuery.Builder fits = new BooleanQuery.Builder();
        boolean any = false;
        if (note.ageYears() != null) {
            fits.add(StudyQueryBuilder.ageFilter(note.ageYears()), Occur.FILTER);
            any = true;
        }
        if (note.sex() != null) {
            fits.add(StudyQueryBuilder.patientFilter(new de.dnpm.registry.search.domain.PatientFilter(note.sex(),
                    false, false)).orElseThrow(), Occur.FILTER);
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(fits.build(), Occur.MUST_NOT).build());
    }
}
