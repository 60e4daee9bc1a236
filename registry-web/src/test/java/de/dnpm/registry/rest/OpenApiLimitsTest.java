package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientNote;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The limits and defaults {@code openapi.json} states are those the code enforces (SearchParameters, PageRequest,
 * ServerPathRequest): the document repeats them for clients, these tests say where they come from.
 */
class OpenApiLimitsTest {

    private final JsonObject spec = OpenApiResource.stored();

    @Test
    void searchTextAndPatientDescriptionHaveTheCodesMaximumLength() {
        assertEquals(SearchParameters.MAX_TEXT_LENGTH, searchParameter("q").getInt("maxLength"));
        assertEquals(PatientNote.MAX_LENGTH, searchParameter("patient").getInt("maxLength"));
        assertEquals(SearchParameters.MAX_VALUE_LENGTH, searchParameter("near").getInt("maxLength"));
    }

    @Test
    void filtersHaveTheCodesLimits() {
        for (String filter : new String[] {"status", "phase", "type", "country"}) {
            JsonObject schema = searchParameter(filter);
            assertEquals(SearchParameters.MAX_VALUES_PER_FACET, schema.getInt("maxItems"), filter);
            assertEquals(SearchParameters.MAX_VALUE_LENGTH, schema.getJsonObject("items").getInt("maxLength"), filter);
        }
        assertEquals(SearchParameters.MAX_AGE, searchParameter("age").getInt("maximum"));
        assertEquals((int) Nearby.MAX_RADIUS_KM, searchParameter("radiusKm").getInt("maximum"));
        assertEquals(SearchParameters.DEFAULT_RADIUS_KM, searchParameter("radiusKm").getInt("default"));
    }

    @Test
    void searchPagingHasTheCodesLimits() {
        assertEquals(SearchParameters.MAX_SIZE, searchParameter("size").getInt("maximum"));
        assertEquals(SearchParameters.DEFAULT_SIZE, searchParameter("size").getInt("default"));
        assertEquals(SearchParameters.MAX_OFFSET, searchParameter("page").getInt("maximum"));
    }

    @Test
    void listPagingHasTheCodesLimits() {
        JsonObject parameters = spec.getJsonObject("components").getJsonObject("parameters");
        JsonObject size = parameters.getJsonObject("Size").getJsonObject("schema");
        assertEquals(PageRequest.MAX_SIZE, size.getInt("maximum"));
        assertEquals(PageRequest.DEFAULT_SIZE, size.getInt("default"));
        assertEquals(0, parameters.getJsonObject("Page").getJsonObject("schema").getInt("minimum"));
    }

    @Test
    void serverPathHasTheCodesMaximumLength() {
        JsonObject path = spec.getJsonObject("components").getJsonObject("schemas").getJsonObject("ServerPathRequest")
                .getJsonObject("properties").getJsonObject("path");
        assertEquals(ServerPathRequest.MAX_PATH_LENGTH, path.getInt("maxLength"));
    }

    /** The schema of a search parameter; they are described once under components, shared by every operation. */
    private JsonObject searchParameter(String name) {
        JsonObject parameter = spec.getJsonObject("components").getJsonObject("parameters")
                .getJsonObject("search." + name);
        if (parameter == null) {
            throw new AssertionError("no parameter search." + name + " under components/parameters");
        }
        return parameter.getJsonObject("schema");
    }
}
