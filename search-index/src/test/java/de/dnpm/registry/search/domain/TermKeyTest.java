package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TermKeyTest {

    @Test
    void umlautsAndTheirTwoLetterSpellingsMeet() {
        assertEquals(TermKey.of("Leukämie"), TermKey.of("Leukaemie"));
        assertEquals(TermKey.of("Bauchspeicheldrüsenkrebs"), TermKey.of("Bauchspeicheldruesenkrebs"));
        assertEquals(TermKey.of("Bauchspeicheldrüsenkrebs"), TermKey.of("bauchspeicheldrusenkrebs"));
        assertEquals(TermKey.of("Speiseröhrenkrebs"), TermKey.of("Speiseroehrenkrebs"));
        assertEquals(TermKey.of("weißer Hautkrebs"), TermKey.of("weisser Hautkrebs"));
    }

    @Test
    void withoutTheDotsÄAndÖAreASecondKey() {
        assertEquals(TermKey.of("Leukamie"), TermKey.ofDotless("Leukämie"));
        assertEquals(TermKey.of("Osophagus"), TermKey.ofDotless("Ösophagus"));
        assertNotEquals(TermKey.of("Leukamie"), TermKey.of("Leukämie"));
    }

    @Test
    void britishAndAmericanSpellingsMeet() {
        assertEquals(TermKey.of("leukemia"), TermKey.of("leukaemia"));
        assertEquals(TermKey.of("tumor"), TermKey.of("tumour"));
        assertEquals(TermKey.of("tumors"), TermKey.of("Tumours"));
        assertEquals(TermKey.of("esophageal cancer"), TermKey.of("oesophageal cancer"));
        assertEquals(TermKey.of("celiac disease"), TermKey.of("coeliac disease"));
    }

    @Test
    void pluralsAndInflectionsMeet() {
        assertEquals(TermKey.of("Leukämie"), TermKey.of("Leukämien"));
        assertEquals(TermKey.of("Tumor"), TermKey.of("Tumoren"));
        assertEquals(TermKey.of("Leukämie bei Kindern"), TermKey.of("leukaemie bei kinder"));
        assertEquals(TermKey.of("lung cancer"), TermKey.of("lung cancers"));
        assertEquals(TermKey.of("deficiency"), TermKey.of("deficiencies"));
        assertNotEquals(TermKey.of("mellitus"), TermKey.of("mellitu"), "-us is no plural");
    }

    @Test
    void hyphensSpacesCaseAndPossessivesFoldAway() {
        assertEquals(TermKey.of("Mamma-Ca"), TermKey.of("mamma ca"));
        assertEquals(TermKey.of("non-small cell lung cancer"), TermKey.of("Non Small Cell Lung Cancer"));
        assertEquals(TermKey.of("Crohn's disease"), TermKey.of("Crohn disease"));
        assertEquals(TermKey.of("Alzheimer’s disease"), TermKey.of("alzheimer disease"));
        assertEquals(List.of("typ", "2", "diabet"), TermKey.tokens("Typ-2-Diabetes"));
    }

    @Test
    void shortAbbreviationsAreNotStemmed() {
        assertEquals("all", TermKey.of("ALL"));
        assertEquals("ms", TermKey.of("MS"));
        assertEquals("", TermKey.of(" - "));
    }
}
