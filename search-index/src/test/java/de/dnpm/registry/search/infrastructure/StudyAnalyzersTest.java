package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudyAnalyzersTest {

    @Test
    void englishDropsPossessivesStopWordsAndPluralsButKeepsDrugAndGeneNames() throws IOException {
        assertEquals(List.of("patient", "egfr", "mutation", "osimertinib", "l858r", "pd", "l1", "inhibitor"),
                tokens(StudyFields.TITLE, "The patient's EGFR mutations: osimertinib for L858R and PD-L1 inhibitors"));
    }

    @Test
    void everyTextFieldIsAnalysedInEnglish() throws IOException {
        for (String field : StudyFields.TEXT_FIELDS) {
            assertEquals(List.of("tumor"), tokens(field, "Tumors"), field);
        }
    }

    private static List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = StudyAnalyzers.perField(); TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
