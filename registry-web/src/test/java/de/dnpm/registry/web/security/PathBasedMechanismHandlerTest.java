package de.dnpm.registry.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathBasedMechanismHandlerTest {

    @Test
    void theRestApiUsesBasicAndEverythingElseTheLoginForm() {
        assertTrue(PathBasedMechanismHandler.isApi("/api/admin/imports", ""));
        assertTrue(PathBasedMechanismHandler.isApi("/api", ""));
        assertTrue(PathBasedMechanismHandler.isApi("/registry/api/studies", "/registry"));
        assertFalse(PathBasedMechanismHandler.isApi("/admin/imports.xhtml", ""));
        assertFalse(PathBasedMechanismHandler.isApi("/apidocs.xhtml", ""));
        assertFalse(PathBasedMechanismHandler.isApi("/registry/index.xhtml", "/registry"));
        assertFalse(PathBasedMechanismHandler.isApi("/", ""));
    }
}
