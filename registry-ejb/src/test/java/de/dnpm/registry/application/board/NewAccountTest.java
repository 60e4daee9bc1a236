package de.dnpm.registry.application.board;

import de.dnpm.registry.domain.board.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewAccountTest {

    private static String refusal(Runnable creation) {
        return assertThrows(IllegalArgumentException.class, creation::run).getMessage();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertEquals("password.too-short", refusal(() -> new NewAccount("dr.weber", "elf-Zeichen", Set.of("REFERRER"),
                "Praxis Weber")));
        assertEquals("Praxis Weber", new NewAccount("dr.weber", "zwölf-Zeichen", Set.of("REFERRER"), "Praxis Weber")
                .organisation());
    }

    @Test
    void acceptsOnlyTheKnownRoles() {
        assertEquals("roles.unknown", refusal(() -> new NewAccount("x", "long-enough-password", Set.of("ROOT"), "B")));
        assertEquals("roles.unknown", refusal(() -> new NewAccount("x", "long-enough-password", Set.of(), "B")));
        assertEquals("roles.board-and-referrer", refusal(() -> new NewAccount("x", "long-enough-password",
                Set.of("TUMOR_BOARD", "REFERRER"), "B")));
    }

    @Test
    void boardMembersAndReferrersNeedTheirOrganisation() {
        assertEquals("organisation.required", refusal(() -> new NewAccount("mtb1", "long-enough-password",
                Set.of("TUMOR_BOARD"), " ")));
        assertEquals(OrganisationKind.BOARD, new NewAccount("mtb1", "long-enough-password", Set.of("TUMOR_BOARD"),
                "MTB Tübingen").organisationKind());
        assertEquals(OrganisationKind.PRACTICE, new NewAccount("ref1", "long-enough-password", Set.of("REFERRER"),
                "Praxis Weber").organisationKind());
    }

    @Test
    void administratorsBelongToNoOrganisation() {
        NewAccount admin = new NewAccount("admin2", "long-enough-password", Set.of("ADMIN"), "MTB Tübingen");
        assertNull(admin.organisation());
        assertNull(admin.organisationKind());
    }

    @Test
    void refusesUserNamesWithSpacesOrMarkup() {
        assertEquals("username.invalid", refusal(() -> new NewAccount("<b>x</b>", "long-enough-password",
                Set.of("ADMIN"), null)));
        assertEquals("username.invalid", refusal(() -> new NewAccount("a b", "long-enough-password",
                Set.of("ADMIN"), null)));
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(new NewAccount("mtb1", "secret-password-1", Set.of("TUMOR_BOARD"), "MTB").toString()
                .contains("secret-password-1"));
    }
}
