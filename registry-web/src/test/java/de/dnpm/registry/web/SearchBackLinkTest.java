package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchBackLinkTest {

    @Test
    void aSearchOfThisPortalIsTheWayBack() {
        assertEquals("index.xhtml?q=EGFR&status=RECRUITING&country=Germany&age=45&page=2",
                SearchBackLink.safeTarget("index.xhtml?q=EGFR&status=RECRUITING&country=Germany&age=45&page=2"));
        assertEquals("index.xhtml", SearchBackLink.safeTarget("index.xhtml"));
        assertEquals("index.xhtml", SearchBackLink.safeTarget("index.xhtml?"));
    }

    @Test
    void itIsRebuiltFromTheParametersTheSearchUnderstands() {
        assertEquals("index.xhtml?q=lung+cancer&status=RECRUITING&sex=FEMALE&near=Heidelberg&radiusKm=100",
                SearchBackLink.safeTarget("index.xhtml?near=Heidelberg&status=recruiting&q=lung%20cancer"
                        + "&radiusKm=100&sex=female&evil=%3Cscript%3E&page=1"));
        // what a value holds is written encoded, never as address syntax
        assertEquals("index.xhtml?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
                SearchBackLink.safeTarget("index.xhtml?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"));
        assertEquals("index.xhtml?q=%2F%2Fevil.example",
                SearchBackLink.safeTarget("index.xhtml?q=//evil.example"));
    }

    @Test
    void anythingElseLeadsToThePlainSearchPage() {
        for (String hostile : new String[]{null, "", "https://evil.example/index.xhtml?q=x", "//evil.example/index.xhtml",
                "/index.xhtml?q=x", "javascript:alert(1)", "index.xhtmlx?q=1", "index.xhtml/../admin/imports.xhtml",
                "study.xhtml?id=NCT1", "../index.xhtml?q=x", "index.xhtml?q=x\r\nSet-Cookie: a=b",
                "index.xhtml?q=x#frag", "index.xhtml\\..\\admin", " javascript:alert(1)", "INDEX.XHTML?q=x",
                "index.xhtml?q=" + "a".repeat(9000)}) {
            assertEquals("index.xhtml", SearchBackLink.safeTarget(hostile), String.valueOf(hostile));
        }
    }

    @Test
    void theLanguageSwitchKeepsTheWayBackOfAStudyPage() {
        String back = "index.xhtml?q=EGFR&status=RECRUITING";
        String kept = SearchBackLink.withBack("/study.xhtml?id=NCT06576635", back);

        assertEquals("/study.xhtml?id=NCT06576635&back=index.xhtml%3Fq%3DEGFR%26status%3DRECRUITING", kept);
        assertEquals(back, URLDecoder.decode(kept.substring(kept.indexOf("back=") + 5), StandardCharsets.UTF_8));
        assertEquals(kept, SearchBackLink.withBack(kept, back), "never twice");
        assertEquals("/index.xhtml?q=EGFR", SearchBackLink.withBack("/index.xhtml?q=EGFR", back), "other pages");
        assertEquals("/study.xhtml?id=X", SearchBackLink.withBack("/study.xhtml?id=X", "index.xhtml"),
                "no search to go back to");
        assertEquals(LocaleBean.safeTarget(kept), kept, "the language switch accepts it");
    }
}
