package de.dnpm.registry.rest;

import de.dnpm.registry.rest.export.ExportColumn;
import de.dnpm.registry.rest.export.ExportFormat;
import de.dnpm.registry.rest.export.StudyExports;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientNote;
import de.dnpm.registry.search.domain.SnippetField;
import de.dnpm.registry.search.domain.Suggestion;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The limits, defaults and value sets {@code openapi.json} states are those the code enforces (SearchParameters,
 * SuggestionResource, PageRequest, ServerPathRequest, the exports' formats, columns and limit, the search's fixed
 * filter keys and orders): the document repeats them for clients, these tests say where they come from.
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
    void filtersWithFixedKeysListExactlyTheCodesKeysInItsOrder() {
        Map<String, Facet> filters = Map.of("started", Facet.STARTED, "updated", Facet.UPDATED,
                "sponsorType", Facet.SPONSOR_TYPE, "results", Facet.RESULTS, "source", Facet.SOURCE);
        filters.forEach((filter, facet) -> {
            JsonObject schema = searchParameter(filter);
            assertEquals("array", schema.getString("type"), filter + " is repeatable");
            assertEquals(facet.knownValues(), strings(schema.getJsonObject("items"), "enum"), filter);
        });
    }

    @Test
    void sortTakesTheCodesOrders() {
        assertEquals(SearchParameters.SORTS, strings(searchParameter("sort"), "enum"));
    }

    @Test
    void hitsNameTheCodesSnippetFields() {
        JsonObject field = schemaProperty("StudySummary", "snippetField");
        assertEquals(Arrays.stream(SnippetField.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
                strings(field, "enum"));
    }

    @Test
    void suggestionsHaveTheCodesLimitsAndKinds() {
        JsonObject q = suggestionParameter("q");
        assertEquals(SuggestionResource.MAX_TEXT_LENGTH, q.getInt("maxLength"));
        JsonObject limit = suggestionParameter("limit");
        assertEquals(1, limit.getInt("minimum"));
        assertEquals(SuggestionResource.MAX_LIMIT, limit.getInt("maximum"));
        assertEquals(SuggestionResource.DEFAULT_LIMIT, limit.getInt("default"));
        assertEquals(Arrays.stream(Suggestion.Kind.values()).map(Enum::name).toList(),
                strings(schemaProperty("SuggestionResource.Item", "kind"), "enum"));
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

    @Test
    void exportColumnsAreTheCodesWithItsDefault() {
        JsonObject schema = spec.getJsonObject("components").getJsonObject("parameters").getJsonObject("ExportColumns")
                .getJsonObject("schema");
        assertEquals(Arrays.stream(ExportColumn.values()).map(ExportColumn::parameterName).toList(),
                strings(schema.getJsonObject("items"), "enum"));
        assertEquals(ExportColumn.DEFAULT.stream().map(ExportColumn::parameterName).toList(), strings(schema, "default"));
    }

    @Test
    void exportFormatsAreThoseTheCodeAcceptsWithItsDefault() {
        assertFormats("/studies/export", ExportFormat::ofResultSet);
        assertFormats("/studies/{id}/export", ExportFormat::ofStudy);
    }

    @Test
    void exportLimitIsTheCodes() {
        JsonObject headers = spec.getJsonObject("paths").getJsonObject("/studies/export").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("headers");
        assertEquals(StudyExports.LIMIT, headers.getJsonObject(StudyExports.LIMIT_HEADER).getJsonObject("schema")
                .getInt("const"));
    }

    private void assertFormats(String path, Function<String, ExportFormat> parse) {
        JsonObject format = spec.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "format".equals(p.getString("name", null))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " describes no parameter format")).getJsonObject("schema");
        List<String> accepted = new ArrayList<>();
        for (ExportFormat candidate : ExportFormat.values()) {
            String name = candidate.name().toLowerCase(Locale.ROOT);
            try {
                if (parse.apply(name) == candidate) {
                    accepted.add(name);
                }
            } catch (InvalidParameterException refused) {
                // not a format of this operation
            }
        }
        assertEquals(accepted.stream().sorted().toList(), strings(format, "enum").stream().sorted().toList(), path);
        assertEquals(parse.apply(null).name().toLowerCase(Locale.ROOT), format.getString("default"), path);
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private JsonObject suggestionParameter(String name) {
        return spec.getJsonObject("paths").getJsonObject("/suggestions").getJsonObject("get")
                .getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> name.equals(p.getString("name", null))).findFirst()
                .orElseThrow(() -> new AssertionError("/suggestions describes no parameter " + name))
                .getJsonObject("schema");
    }

    private JsonObject schemaProperty(String schema, String property) {
        return spec.getJsonObject("components").getJsonObject("schemas").getJsonObject(schema)
                .getJsonObject("properties").getJsonObject(property);
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
