package de.dnpm.registry.importer.ctgov;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextBlockTest {

    @Test
    void dropsTheCommonIndentationAndCarriageReturnsButKeepsLinesAndListIndents() {
        String block = "\n        Inclusion Criteria:\r\n\r\n          -  Adult patient\r\n             with cancer.\r\n      ";
        assertEquals("Inclusion Criteria:\n\n  -  Adult patient\n     with cancer.", TextBlock.normalise(block));
    }

    @Test
    void blankBlocksAreAbsent() {
        assertNull(TextBlock.normalise("\n   \n  "));
        assertNull(TextBlock.normalise(null));
    }
}
