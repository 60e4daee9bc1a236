package de.dnpm.registry.rest;

import de.dnpm.registry.application.StudyCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/statistics}: the registry at a glance, the same numbers the statistics page shows
 * ({@link StatisticsResponse}). Public, like the search.
 */
@Path("statistics")
@RequestScoped
@Produces(StudyResource.JSON)
public class StatisticsResource {

    /* Counted once per index change; a minute of caching spares even the lookup while an import runs. */
    private static final int MAX_AGE = 60;

    @Inject
    StudyCatalog catalog;

    @GET
    public Response statistics() {
        return Response.ok(StatisticsResponse.of(catalog.statistics())).cacheControl(Caching.maxAge(MAX_AGE)).build();
    }
}
