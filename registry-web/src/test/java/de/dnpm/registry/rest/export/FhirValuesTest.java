package de.dnpm.registry.rest.export;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Registry values made fit for FHIR's primitive types. */
class FhirValuesTest {

    @Test
    void partialDatesAreKeptAndAnythingElseDropped() {
        assertEquals(Optional.of("2026"), FhirValues.date("2026"));
        assertEquals(Optional.of("2026-09"), FhirValues.date(" 2026-09 "));
        assertEquals(Optional.of("2026-09-15"), FhirValues.date("2026-09-15"));
        assertEquals(Optional.empty(), FhirValues.date("2026-13"));
        assertEquals(Optional.empty(), FhirValues.date("September 2026"));
    }

    @Test
    void aPeriodNeverEndsBeforeItStarts() {
        assertEquals("{\"start\":\"2024-05-01\",\"end\":\"2025\"}",
                FhirValues.period("2024-05-01", "2025").orElseThrow().toString());
        assertEquals("{\"start\":\"2024-05-01\"}", FhirValues.period("2024-05-01", "2023-12").orElseThrow().toString());
        assertEquals(Optional.empty(), FhirValues.period(null, "unknown"));
    }

    @Test
    void resourceIdsAndStringsFollowFhirRules() {
        assertEquals("EUCTR2021-000037-14-DK", FhirValues.resourceId("EUCTR2021-000037-14-DK"));
        assertEquals("ACTRN-12620000123456", FhirValues.resourceId("ACTRN/12620000123456"));
        assertEquals(Optional.empty(), FhirValues.text(" \u0007 "));
        assertEquals(Optional.of("a b"), FhirValues.text("a\u0000b"));
    }
}
