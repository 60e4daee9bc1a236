package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearMeInTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Studie zu Lungenkrebs in meiner Nähe|Studie zu Lungenkrebs",
            "Brustkrebs in meiner Naehe|Brustkrebs",
            "melanoma trials near me|melanoma trials",
            "asthma nearby|asthma",
            "Diabetes hier in der Nähe|Diabetes",
            "in meiner Umgebung|"})
    void wordsAskingForAPlaceAreNoTopic(String typed, String rest) {
        StudyQuery read = NearMeInText.read(StudyQuery.of(typed)).orElseThrow();
        assertEquals(rest, read.text());
    }

    @Test
    void textWithoutThemOrInQuerySyntaxIsLeftAlone() {
        assertTrue(NearMeInText.read(StudyQuery.of("Nierenkrebs")).isEmpty());
        assertTrue(NearMeInText.read(StudyQuery.of("\"in meiner Nähe\"")).isEmpty());
        assertTrue(NearMeInText.read(StudyQuery.of("nearly")).isEmpty());
    }
}
