package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.BiomarkerKey;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.Suggestion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Completions while typing, from Lucene's {@link AnalyzingInfixSuggester} held in memory: the conditions and
 * interventions the registries name (weighted by how many studies name them), the concept dictionary's English and
 * German disease names (weighted by the studies whose conditions name them, so every one is offered) and the
 * biomarker vocabulary's markers (weighted by the studies requiring or excluding them). Any word of an entry may be
 * begun ("lun" finds "lung cancer" and "non-small cell lung cancer"); entries that begin with the text come first,
 * then the most used. Case and accents do not matter ("lungenk", "Migra"). Built from an index reader by
 * {@link #rebuild(IndexReader)}, which replaces the previous entries at once; lookups run meanwhile on the old ones.
 * Thread-safe.
 */
public final class StudySuggestions implements Closeable {

    /** The longest text looked up; the interfaces reject longer ones. */
    public static final int MAX_PREFIX_LENGTH = 100;
    public static final int MAX_LIMIT = 20;
    /* The registries' most used names kept: a cap on memory for a large index (the dictionary is always in). */
    static final int MAX_REGISTRY_TERMS = 100_000;
    /* Candidates read from the suggester per wanted suggestion, to re-rank by "begins with the text". */
    private static final int CANDIDATES_PER_RESULT = 8;

    private final Supplier<ConceptDictionary> dictionary;
    private final Supplier<BiomarkerVocabulary> biomarkers;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private AnalyzingInfixSuggester current; // guarded by swap; null until the first build
    private boolean closed; // guarded by swap

    public StudySuggestions(Supplier<ConceptDictionary> dictionary, Supplier<BiomarkerVocabulary> biomarkers) {
        this.dictionary = dictionary;
        this.biomarkers = biomarkers;
    }

    /**
     * At most {@code limit} suggestions for what has been typed, best first; empty before the first build or for
     * blank text.
     *
     * @throws IllegalArgumentException for a text longer than {@value #MAX_PREFIX_LENGTH} characters or a limit
     *                                  outside 1..{@value #MAX_LIMIT}
     */
    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (typed != null && typed.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("the text must not be longer than " + MAX_PREFIX_LENGTH
                    + " characters");
        }
        if (typed == null || fold(typed).isBlank()) {
            return List.of();
        }
        List<Lookup.LookupResult> candidates;
        swap.readLock().lock();
        try {
            if (current == null) {
                return List.of();
            }
            candidates = current.lookup(typed.strip(), (Set<BytesRef>) null, limit * CANDIDATES_PER_RESULT, true,
                    false);
        } finally {
            swap.readLock().unlock();
        }
        String prefix = fold(typed.strip());
        return candidates.stream()
                .sorted(Comparator.comparing((Lookup.LookupResult r) -> !fold(r.key.toString()).startsWith(prefix))
                        .thenComparing(Comparator.comparingLong((Lookup.LookupResult r) -> r.value).reversed())
                        .thenComparingInt(r -> r.key.length()))
                .limit(limit)
                .map(r -> new Suggestion(r.key.toString(),
                        Suggestion.Kind.values()[r.payload.bytes[r.payload.offset]]))
                .toList();
    }

    /** Builds the suggestions from the index as {@code reader} sees it, then puts them in place of the old ones. */
    public void rebuild(IndexReader reader) throws IOException {
        Map<String, Entry> entries = entries(reader);
        AnalyzingInfixSuggester built = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer(),
                analyzer(), AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, true, true, false, true);
        try {
            built.build(new Entries(entries.values().iterator()));
        } catch (IOException | RuntimeException e) {
            built.close();
            throw e;
        }
        AnalyzingInfixSuggester old;
        swap.writeLock().lock();
        try {
            if (closed) {
                built.close();
                return;
            }
            old = current;
            current = built;
        } finally {
            swap.writeLock().unlock();
        }
        if (old != null) {
            old.close(); // no lookup holds it: they take the read lock, which the swap waited for
        }
    }

    /** How many entries the last build holds (0 before the first). */
    public long count() throws IOException {
        swap.readLock().lock();
        try {
            return current == null ? 0 : current.getCount();
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public void close() throws IOException {
        swap.writeLock().lock();
        try {
            closed = true;
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            swap.writeLock().unlock();
        }
    }

    /** One suggestion: its text as shown, what it names, and how many studies use it. */
    private static final class Entry {
        String text;
        Suggestion.Kind kind;
        long studies;
        boolean curated; // from the dictionary or vocabulary: its spelling wins over a registry's

        Entry(String text, Suggestion.Kind kind, long studies, boolean curated) {
            this.text = text;
            this.kind = kind;
            this.studies = studies;
            this.curated = curated;
        }
    }

    private Map<String, Entry> entries(IndexReader reader) throws IOException {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        List<Entry> registry = new ArrayList<>();
        registry.addAll(registryTerms(reader, StudyFields.SUGGEST_CONDITION, Suggestion.Kind.CONDITION));
        registry.addAll(registryTerms(reader, StudyFields.SUGGEST_INTERVENTION, Suggestion.Kind.INTERVENTION));
        registry.sort(Comparator.comparingLong((Entry e) -> e.studies).reversed());
        Map<String, Long> conditionStudies = new HashMap<>();
        for (Entry entry : registry.subList(0, Math.min(registry.size(), MAX_REGISTRY_TERMS))) {
            add(byKey, entry);
            if (entry.kind == Suggestion.Kind.CONDITION) {
                conditionStudies.merge(fold(entry.text), entry.studies, Long::sum);
            }
        }
        for (Concept concept : dictionary.get().concepts()) {
            List<String> names = new ArrayList<>();
            names.add(concept.name());
            names.addAll(concept.synonyms());
            names.addAll(concept.germanNames());
            for (String name : names) {
                if (name.length() <= StudyDocumentMapper.MAX_SUGGESTION_LENGTH) {
                    add(byKey, new Entry(name, Suggestion.Kind.CONDITION, 0, true));
                }
            }
        }
        for (BiomarkerKey key : biomarkers.get().keys()) {
            if (key.isMarkerOnly()) {
                long studies = reader.docFreq(new Term(StudyFields.MARKER_REQUIRED, key.marker()))
                        + reader.docFreq(new Term(StudyFields.MARKER_EXCLUDED, key.marker()));
                add(byKey, new Entry(key.marker(), Suggestion.Kind.BIOMARKER, studies, true));
            }
        }
        return byKey;
    }

    /* Each registry spelling of a name once, with the number of studies using it (deleted ones until merged away). */
    private static List<Entry> registryTerms(IndexReader reader, String field, Suggestion.Kind kind)
            throws IOException {
        List<Entry> entries = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return entries;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            entries.add(new Entry(term.utf8ToString(), kind, each.docFreq(), false));
        }
        return entries;
    }

    /*
     * Spellings that differ in case or accents only are one suggestion: their studies add up, the dictionary's
     * spelling is shown, else the most used; a biomarker stays one, a disease the registries also list as an
     * intervention stays a disease.
     */
    private static void add(Map<String, Entry> byKey, Entry entry) {
        String key = fold(entry.text);
        if (key.isBlank()) {
            return;
        }
        Entry known = byKey.get(key);
        if (known == null) {
            byKey.put(key, entry);
            return;
        }
        if ((entry.curated && !known.curated) || (entry.curated == known.curated && entry.studies > known.studies)) {
            known.text = entry.text;
            known.curated = entry.curated;
        }
        if (precedence(entry.kind) > precedence(known.kind)) {
            known.kind = entry.kind;
        }
        known.studies += entry.studies;
    }

    private static int precedence(Suggestion.Kind kind) {
        return switch (kind) {
            case BIOMARKER -> 2;
            case CONDITION -> 1;
            case INTERVENTION -> 0;
        };
    }

    /** Lower case without accents and with single spaces: how entries and typed text are compared. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ß", "ss"),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").strip();
    }

    /* Words lower-cased and folded to ASCII, in entries and typed text alike. */
    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The entries as the suggester reads them: the text, the weight (studies), the kind as a one-byte payload. */
    private static final class Entries implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry entry;

        Entries(Iterator<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            entry = entries.next();
            return new BytesRef(entry.text);
        }

        @Override
        public long weight() {
            return entry.studies;
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(new byte[]{(byte) entry.kind.ordinal()});
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
