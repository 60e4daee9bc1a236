package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.InvalidQueryException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The rule "whoever types query syntax means it; everyone else types words", and its messages. */
class StudyTextQueryParserTest {

    private final Analyzer analyzer = StudyAnalyzers.perField();

    @ParameterizedTest
    @ValueSource(strings = {"EGFR L858R", "HER2+", "PD-L1 >= 50%", "c/o", "any trial for me?", "ratio 1:2",
            "note: lung", "EGFR + HER2", "~50%", "lung - cancer", "and or not", "BRAND NOTCH1", "*"})
    void takesTextWithoutOperatorsLiterally(String text) {
        assertFalse(StudyTextQueryParser.usesSyntax(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"lung cancer\"", "(EGFR OR ALK) NSCLC", "lung AND cancer", "NOT smoker", "-smoker",
            "+EGFR", "osimert*", "*mab", "melanom~", "\"lung cancer\"~3", "title:afatinib", "Condition: melanoma"})
    void recognisesOperatorsUsersTypeOnPurpose(String text) {
        assertTrue(StudyTextQueryParser.usesSyntax(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"a/b\" c/o              | \"a\\/b\" c\\/o",
            "title:x note:y          | title:x note\\:y",
            "(x OR y) AND z?         | (x OR y) AND z\\?",
            "\"x\" - y               | \"x\" \\- y",
            "\"x\"~2 ~y              | \"x\"~2 \\~y",
            "\"x\" a\\:b             | \"x\" a\\:b",
            "\"x\" y\\               | \"x\" y\\\\"})
    void keepsCharactersWeDoNotOfferLiteralInSyntax(String typed, String lucene) {
        assertEquals(lucene, StudyTextQueryParser.literalUnoffered(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"unbalanced           | A quotation mark is not closed.",
            "title:(                | A parenthesis is not closed.",
            "lung cancer)           | A closing parenthesis has no opening one.",
            "*mab                   | A word cannot start with * (a wildcard may end a word, as in osimertin*)."})
    void explainsMalformedSyntaxInWordsAUserUnderstands(String text, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> StudyTextQueryParser.parse(text, analyzer));
        assertEquals(message, e.getMessage());
        assertNotNull(e.getCause(), "the Lucene exception is kept for the log");
    }

    @Test
    void rejectsTextLongerThanAThousandCharacters() {
        assertDoesNotThrow(() -> StudyTextQueryParser.parse("a".repeat(1000), analyzer));
        assertThrows(InvalidQueryException.class, () -> StudyTextQueryParser.parse("a".repeat(1001), analyzer));
    }

    @Test
    void requiresEveryWordAndSearchesAllTextFieldsWithTheirWeights() {
        Query query = StudyTextQueryParser.parse("melanoma egfr", analyzer).orElseThrow();

        String lucene = query.toString();
        assertEquals(2, lucene.chars().filter(c -> c == '+').count(), lucene);
        assertTrue(lucene.contains("condition:melanoma)^4.0"), lucene);
        assertTrue(lucene.contains("eligibility:egfr)^0.5"), lucene);
    }

    @Test
    void dropsStopWordsAndAsksForNothingWhenOnlyThoseRemain() {
        assertEquals(Optional.empty(), StudyTextQueryParser.parse("the of and", analyzer));
        assertEquals(Optional.empty(), StudyTextQueryParser.parse("   ", analyzer));
        assertTrue(StudyTextQueryParser.parse("the melanoma", analyzer).isPresent());
    }

    @Test
    void readsTypographicQuotesAsQuotes() {
        String typed = StudyTextQueryParser.parse("\u201Cbreakthrough pain\u201D", analyzer).orElseThrow().toString();
        assertTrue(typed.contains("\"breakthrough pain\""), typed);
    }
}
