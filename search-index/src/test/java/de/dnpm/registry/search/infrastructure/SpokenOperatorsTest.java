package de.dnpm.registry.search.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpokenOperatorsTest {

    @Test
    void lowerCaseAndGermanOperatorsBetweenWordsAreReadAsOperators() {
        assertEquals("egfr NOT osimertinib", SpokenOperators.read("egfr not osimertinib"));
        assertEquals("Lungenkrebs NOT Chemotherapie", SpokenOperators.read("Lungenkrebs ohne Chemotherapie"));
        assertEquals("lung OR breast cancer", SpokenOperators.read("lung or breast cancer"));
        assertEquals("Melanom OR Sarkom", SpokenOperators.read("Melanom oder Sarkom"));
    }

    @Test
    void anOperatorWordAtTheEdgeOrTextInSyntaxStaysAsTyped() {
        assertEquals("not recruiting", SpokenOperators.read("not recruiting"));
        assertEquals("cancer or", SpokenOperators.read("cancer or"));
        assertEquals("\"not yet\" recruiting", SpokenOperators.read("\"not yet\" recruiting"));
        assertEquals("notch signalling", SpokenOperators.read("notch signalling"));
    }
}
