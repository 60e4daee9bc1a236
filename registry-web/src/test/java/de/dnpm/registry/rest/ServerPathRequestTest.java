package de.dnpm.registry.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServerPathRequestTest {

    @Test
    void readsThePathStripped() {
        assertEquals("drks/2026-11", ServerPathRequest.parse("{\"path\": \" drks/2026-11 \", \"other\": 1}").path());
    }

    @Test
    void refusesMalformedOrMissingPaths() {
        assertEquals("the body is not valid JSON",
                assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse("{\"path\":")).getMessage());
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse(""));
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse(null));
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse("[\"a\"]"));
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse("{\"path\": 7}"));
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse("{\"path\": \"  \"}"));
        assertThrows(InvalidParameterException.class, () -> ServerPathRequest.parse("{}"));
        assertThrows(InvalidParameterException.class,
                () -> ServerPathRequest.parse("{\"path\": \"" + "a".repeat(1001) + "\"}"));
    }
}
