package de.dnpm.registry.rest;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.search.domain.Suggestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code GET /api/suggestions?q=lun&limit=10}: completions while typing into the search box, best first, as a JSON
 * list of {@code {"text": "lung cancer", "kind": "CONDITION"}} ({@code kind}: CONDITION, INTERVENTION or BIOMARKER).
 * {@code q}: what has been typed, at most {@value #MAX_TEXT_LENGTH} characters (blank: an empty list); {@code limit}:
 * 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. Anything else is a 400 problem.
 */
@Path("suggestions")
@RequestScoped
@Produces(StudyResource.JSON)
public class SuggestionResource {

    static final int MAX_TEXT_LENGTH = 100;
    static final int MAX_LIMIT = 20;
    static final int DEFAULT_LIMIT = 10;
    /* Suggestions change only when the index does, and a typed prefix repeats across users: cache them a while. */
    private static final int MAX_AGE = 300;

    @Inject
    StudyCatalog catalog;

    /** One suggestion as the API gives it. */
    @JsonbPropertyOrder({"text", "kind"})
    public record Item(String text, String kind) {
    }

    @GET
    public Response suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        int wanted = limit(limit);
        if (q != null && q.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q must not be longer than " + MAX_TEXT_LENGTH + " characters");
        }
        List<Item> items = q == null || q.isBlank() ? List.of() : catalog.suggest(q, wanted).stream()
                .map(SuggestionResource::item).toList();
        return Response.ok(items).cacheControl(Caching.maxAge(MAX_AGE)).build();
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("limit must be a whole number");
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidParameterException("limit must be between 1 and " + MAX_LIMIT);
        }
        return n;
    }

    static Item item(Suggestion suggestion) {
        return new Item(suggestion.text(), suggestion.kind().name());
    }
}
