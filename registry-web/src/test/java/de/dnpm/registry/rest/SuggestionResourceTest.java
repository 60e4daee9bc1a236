package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.Suggestion;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SuggestionResourceTest {

    @Test
    void limitDefaultsToTenAndStaysWithinOneToTwenty() {
        assertEquals(10, SuggestionResource.limit(null));
        assertEquals(20, SuggestionResource.limit(" 20 "));
        assertEquals("limit must be between 1 and 20",
                assertThrows(InvalidParameterException.class, () -> SuggestionResource.limit("21")).getMessage());
        assertThrows(InvalidParameterException.class, () -> SuggestionResource.limit("0"));
        assertEquals("limit must be a whole number",
                assertThrows(InvalidParameterException.class, () -> SuggestionResource.limit("ten")).getMessage());
    }

    @Test
    void rejectsTextLongerThanAHundredCharactersBeforeAskingTheIndex() {
        SuggestionResource resource = new SuggestionResource(); // no catalog: it must not be reached
        assertEquals("q must not be longer than 100 characters", assertThrows(InvalidParameterException.class,
                () -> resource.suggest("x".repeat(101), null)).getMessage());
    }

    @Test
    void jsonIsAListOfTextAndKind() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("[{\"text\":\"Lungenkrebs\",\"kind\":\"CONDITION\"},{\"text\":\"EGFR\",\"kind\":\"BIOMARKER\"}]",
                    jsonb.toJson(List.of(SuggestionResource.item(new Suggestion("Lungenkrebs",
                            Suggestion.Kind.CONDITION)), SuggestionResource.item(new Suggestion("EGFR",
                            Suggestion.Kind.BIOMARKER)))));
        }
    }
}
