package de.dnpm.registry.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceMediaTypeTest {

    @Test
    void servesJsonAndXmlAsStoredInUtf8() {
        assertEquals("application/json;charset=UTF-8", SourceMediaType.servable("application/json"));
        assertEquals("application/xml;charset=UTF-8", SourceMediaType.servable("Application/XML; charset=ISO-8859-1"));
        assertEquals("application/fhir+json;charset=UTF-8", SourceMediaType.servable("application/fhir+json"));
        assertEquals("text/xml;charset=UTF-8", SourceMediaType.servable("text/xml"));
    }

    @Test
    void neverHandsStoredTextToABrowserAsActiveContent() {
        assertEquals("text/plain;charset=UTF-8", SourceMediaType.servable("text/html"));
        assertEquals("text/plain;charset=UTF-8", SourceMediaType.servable("image/svg+xml"));
        assertEquals("text/plain;charset=UTF-8", SourceMediaType.servable("application/javascript"));
        assertEquals("text/plain;charset=UTF-8", SourceMediaType.servable("application/json\r\nX-Evil: 1"));
        assertEquals("text/plain;charset=UTF-8", SourceMediaType.servable(null));
    }
}
