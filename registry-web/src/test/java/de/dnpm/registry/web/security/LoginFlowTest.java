package de.dnpm.registry.web.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginFlowTest {

    @Test
    void aBookmarkedLoginPageGoesOnceThroughAProtectedPage() {
        Map<String, Object> session = new HashMap<>();
        assertTrue(LoginFlow.needsStart(session));

        session.put(LoginFlow.STARTED, Boolean.TRUE);
        assertFalse(LoginFlow.needsStart(session), "never a second round trip, whatever Soteria stores");
    }

    @Test
    void aLoginThatStartedAtAProtectedPageShowsTheFormAtOnce() {
        Map<String, Object> session = new HashMap<>();
        session.put(LoginFlow.SAVED_REQUEST, new Object());

        assertFalse(LoginFlow.needsStart(session));
    }
}
