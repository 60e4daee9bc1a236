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
    void everyTextFieldIsAnalysedInItsLanguage() throws IOException {
        for (StudyFields.TextField field : StudyFields.TEXT) {
            if (field.language().equals("de")) {
                assertEquals(List.of("tumor"), tokens(field.name(), "Tumoren"), field.name());
            } else {
                assertEquals(List.of("tumor"), tokens(field.name(), "Tumors"), field.name());
            }
        }
    }

    @Test
    void germanSplitsMedicalCompoundsAndFoldsUmlauts() throws IOException {
        assertEquals(List.of("lungenkreb", "lung", "kreb"), tokens(StudyFields.TITLE_DE, "Lungenkrebs"));
        assertEquals(tokens(StudyFields.TITLE_DE, "Krebs"), List.of("kreb"), "the part alone is the same term");
        assertEquals(List.of("nierenzellkarzinom", "nier", "zell", "karzinom"),
                tokens(StudyFields.CONDITION_DE, "Nierenzellkarzinom"));
        assertEquals(tokens(StudyFields.TITLE_DE, "Leukämie"), tokens(StudyFields.TITLE_DE, "Leukaemie"));
        assertEquals(List.of("kind", "akut", "leukami"), tokens(StudyFields.TITLE_DE, "bei Kindern mit akuter Leukämie"));
    }

    @Test
    void stopWordsOfEitherLanguageCarryNoTopicInAnyField() throws IOException {
        assertEquals(List.of(), tokens(StudyFields.TITLE, "the and of bei und der"));
        assertEquals(List.of(), tokens(StudyFields.TITLE_DE, "the and of bei und der"));
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

    @org.junit.jupiter.api.Test
    void theKidneyValueEgfrIsNotTheGene() throws Exception {
        assertEquals(List.of("egfr", "mutation"), tokens(StudyFields.ELIGIBILITY, "EGFR mutation"));
        assertEquals(List.of("egfrkidney", "60", "ml", "min"), tokens(StudyFields.ELIGIBILITY, "eGFR ≥ 60 mL/min"));
        assertEquals(List.of("egfrkidney", "60", "ml", "min"), tokens(StudyFields.ELIGIBILITY, "EGFR >= 60 ml/min"));
        assertEquals(List.of("egfrkidney", "30"), tokens(StudyFields.ELIGIBILITY_DE, "eGFR 30"));
    }

    @org.junit.jupiter.api.Test
    void britishSpellingsAreTheAmericanOnes() throws Exception {
        assertEquals(List.of("tumor", "leukemia", "anemia", "ischemic", "hematology", "pediatric", "orthopedic",
                        "esophageal", "estrogen", "edema", "diarrhea", "gynecology", "fetal"),
                tokens(StudyFields.SUMMARY, "tumour leukaemia anaemia ischaemic haematology paediatric orthopaedic "
                        + "oesophageal oestrogen oedema diarrhoea gynaecology foetal"));
        assertEquals(List.of("tumor", "colorectal", "labor", "four", "hour"),
                tokens(StudyFields.TITLE, "tumours colorectal labour four hours"));
    }
}
