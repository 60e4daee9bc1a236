package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void splitsAtBlankLinesAndRemovesMarkdownEscapes() {
        // NCT05521087 (API v2) writes "\>=" for ">="
        assertEquals(List.of("Participants >=16 years", "Second paragraph."),
                Paragraphs.of("Participants \\>=16 years\n\nSecond paragraph."));
    }

    @Test
    void joinsLinesTheLegacyExportWrappedButKeepsShortLinesAndItems() {
        String xml = "The purpose of this study is to determine whether the combination of two drugs is more\n"
                + "effective than one drug alone.\n\n"
                + "Arms:\n"
                + "- A: drug one\n"
                + "- B: both drugs";
        assertEquals(List.of("The purpose of this study is to determine whether the combination of two drugs is more "
                        + "effective than one drug alone.", "Arms:\n- A: drug one\n- B: both drugs"),
                Paragraphs.of(xml));
    }

    @Test
    void noTextNoParagraphs() {
        assertEquals(List.of(), Paragraphs.of(null));
        assertEquals(List.of(), Paragraphs.of("\n \n"));
    }
}
