package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of each text field, by the field's language as {@link StudyFields#TEXT} declares it, used for indexing
 * and for query parsing alike: English fields get {@link #english()}, German ones {@link #german()}.
 */
public final class StudyAnalyzers {

    /*
     * Keeps multi-valued fields' values apart: a phrase "lung melanoma" must not match the conditions
     * ["Non-small cell lung", "Melanoma"] across the boundary.
     */
    private static final int VALUE_GAP = 100;

    private StudyAnalyzers() {
    }

    /*
     * "eGFR" (estimated glomerular filtration rate, a kidney value; also "EGFR ≥ 60 mL/min") is not the gene EGFR, but
     * lower-casing would make them one word: before analysis the kidney value becomes "eGFRkidney" (lower-cased
     * "egfrkidney"), in documents and queries alike, so "EGFR" finds the gene and "eGFR" the kidney value.
     */
    private static final java.util.regex.Pattern KIDNEY_VALUE = java.util.regex.Pattern.compile(
            "\\beGFR\\b|\\bEGFR(?=\\s*(?:[<>≥≤=]=?|of|above|below|over)?\\s*\\d+(?:[.,]\\d+)?\\s*(?:ml|mL))");

    static java.io.Reader kidneyValueApart(java.io.Reader reader) {
        return new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(KIDNEY_VALUE, "eGFRkidney", reader);
    }

    /** The analyzer for the whole document: each text field by its language; keyword fields are not analysed. */
    public static Analyzer perField() {
        Analyzer english = english();
        Analyzer german = german();
        Map<String, Analyzer> byField = new LinkedHashMap<>();
        for (StudyFields.TextField field : StudyFields.TEXT) {
            byField.put(field.name(), "de".equals(field.language()) ? german : english);
        }
        return new PerFieldAnalyzerWrapper(english, byField);
    }

    /**
     * StandardTokenizer, lower case, German stop words, {@link GermanNormalizationFilter} (ä → a, ß → ss, "ae" → a),
     * then the parts of medical compounds beside the whole word ("Lungenkrebs": lungenkrebs, lungen, krebs; from the
     * reviewed list german-compound-parts.txt), then light stemming ({@link GermanLightStemFilter}: "Tumoren" finds
     * "Tumor"; "krebs" becomes "kreb" in index and query alike). A query word is split the same way, so "Krebs" finds "Lungenkrebs" and "Lungenkrebs" finds the
     * compound and, less strongly, texts naming its parts.
     */
    public static Analyzer german() {
        CharArraySet parts = GERMAN_COMPOUND_PARTS;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, STOP_WORDS);
                result = new GermanNormalizationFilter(result);
                result = new DictionaryCompoundWordTokenFilter(result, parts, MIN_WORD_SIZE, MIN_PART_SIZE,
                        MAX_PART_SIZE, false);
                result = new GermanLightStemFilter(result);
                result = new RemoveDuplicatesTokenFilter(result); // "lunge" and "lungen" both stem to "lung"
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return kidneyValueApart(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /*
     * English and German stop words in every field: a query word is looked for in the fields of both languages, and a
     * word one language drops ("bei", "the") must not stay a required word in the other's fields.
     */
    private static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet both = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        both.addAll(GermanAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(both);
    }

    private static final int MIN_WORD_SIZE = 6;
    private static final int MIN_PART_SIZE = 3;
    private static final int MAX_PART_SIZE = 20;
    private static final CharArraySet GERMAN_COMPOUND_PARTS = loadParts();

    private static CharArraySet loadParts() {
        try (var in = StudyAnalyzers.class.getResourceAsStream(
                "/de/dnpm/registry/search/analysis/german-compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("german-compound-parts.txt is missing from the classpath");
            }
            List<String> words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * StandardTokenizer, possessive "'s" removed, lower case, English stop words, then only plural stemming
     * ({@link EnglishMinimalStemFilter}): "mutations" finds "mutation", while drug and gene names
     * ("osimertinib", "EGFR", "L858R") are never shortened the way Porter stemming would.
     */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new BritishSpellingFilter(result);
                result = new StopFilter(result, STOP_WORDS);
                result = new EnglishMinimalStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return kidneyValueApart(reader);
            }

            /** Wildcard and fuzzy terms are not analysed by the query parser, only normalised: lower case them. */
            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }
}
