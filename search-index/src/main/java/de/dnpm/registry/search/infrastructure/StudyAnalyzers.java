package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.analysis.Analyzer;
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
import java.util.Map;

/**
 * The analysis of each text field, declared once and used for indexing and for query parsing alike. Today every text
 * field is English; a German chain will be a second method here, mapped to its own fields (e.g. "title_de").
 */
public final class StudyAnalyzers {

    /*
     * Keeps multi-valued fields' values apart: a phrase "lung melanoma" must not match the conditions
     * ["Non-small cell lung", "Melanoma"] across the boundary.
     */
    private static final int VALUE_GAP = 100;

    private StudyAnalyzers() {
    }

    /** The analyzer for the whole document: each text field by its language; keyword fields are not analysed. */
    public static Analyzer perField() {
        Analyzer english = english();
        Map<String, Analyzer> byField = new LinkedHashMap<>();
        for (String field : StudyFields.TEXT_FIELDS) {
            byField.put(field, english);
        }
        return new PerFieldAnalyzerWrapper(english, byField);
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
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new EnglishMinimalStemFilter(result);
                return new TokenStreamComponents(source, result);
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
