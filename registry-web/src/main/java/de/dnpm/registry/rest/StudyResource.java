package de.dnpm.registry.rest;

import de.dnpm.registry.application.SourceContent;
import de.dnpm.registry.application.SourceVersionView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.rest.export.StudyExports;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Optional;

/**
 * The read API: {@code GET /api/studies} searches, {@code GET /api/studies/{id}} returns one study by any of its
 * registry ids, {@code GET /api/studies/{id}/sources} lists its stored source versions page by page and
 * {@code GET /api/studies/{id}/sources/{versionId}} serves one version's verbatim text. Errors are problem details,
 * produced by the exception mappers of this package.
 */
@Path("studies")
@RequestScoped
@Produces(StudyResource.JSON)
public class StudyResource {

    static final String JSON = "application/json;charset=UTF-8";
    /** Studies change only by imports, so short caching is safe and spares the index repeated identical searches. */
    private static final int SEARCH_MAX_AGE = 60;
    private static final int STUDY_MAX_AGE = 300;

    @Inject
    StudyCatalog catalog;

    @Inject
    StudyExports exports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    public Response search(@BeanParam SearchRequest request) {
        SearchRequest.Parsed parsed = request.parse(catalog::place);
        SearchParameters parameters = parsed.parameters();
        String note = parsed.patientNote();
        StudyHits hits = catalog.search(parsed.query());
        List<StudySummary> summaries = hits.hits().stream()
                .map(hit -> StudyDetailAssembler.toSummary(hit, studyUrl(hit.primaryRegistryId())))
                .toList();
        StudySearchResponse body = new StudySearchResponse(hits.total(), parameters.page(), parameters.size(),
                hits.notes().relaxed(), hits.notes().understoodAs(), hits.notes().expansions(),
                hits.notes().suggestion(),
                near(parameters.nearby() != null ? parameters.nearby() : hits.notes().placeFromText(),
                        parsed.query().order()),
                hits.notes().placeWanted(), summaries, facets(hits));
        // a description of a patient is kept by no cache, shared or private
        return Response.ok(body).cacheControl(note == null ? Caching.maxAge(SEARCH_MAX_AGE) : Caching.noStore())
                .build();
    }

    /** The place searched around, and the order the hits really have (a date order wins over relevance). */
    static StudySearchResponse.Near near(Nearby nearby, StudyQuery.Order order) {
        if (nearby == null) {
            return null;
        }
        String sort = nearby.byDistance() ? "distance" : switch (order) {
            case UPDATED -> "updated";
            case START -> "start";
            case RELEVANCE -> "relevance";
        };
        return new StudySearchResponse.Near(nearby.place().name(), nearby.place().postalCode(), nearby.radiusKm(), sort);
    }

    /**
     * The search's result set for download: {@code format=csv} (default; {@code columns=} picks the columns), {@code json}
     * or {@code ris}, at most {@value StudyExports#LIMIT} studies (see {@link StudyExports}).
     */
    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON, "application/x-research-info-systems"})
    public Response export(@BeanParam SearchRequest request, @QueryParam("format") String format,
                           @QueryParam("columns") String columns) {
        return exports.resultSet(request, format, columns, uriInfo, headers);
    }

    /** One study for download: {@code format=json} (default), {@code csv}, {@code ris} or {@code fhir} (R4 ResearchStudy). */
    @GET
    @Path("{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/x-research-info-systems", "application/fhir+json"})
    public Response exportStudy(@PathParam("id") String id, @QueryParam("format") String format,
                                @QueryParam("columns") String columns) {
        return exports.study(id, format, columns, uriInfo, headers);
    }

    @GET
    @Path("{id}")
    public Response study(@PathParam("id") String id, @Context Request request) {
        Optional<StudyReadModel> found = catalog.study(id);
        if (found.isEmpty()) {
            return new ProblemResponses(headers, uriInfo).studyNotFound(id);
        }
        StudyReadModel study = found.get();
        EntityTag tag = new EntityTag(study.key() + "-" + study.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(Caching.maxAge(STUDY_MAX_AGE)).build();
        }
        StudyDetail detail = StudyDetailAssembler.toDetail(study, sourcesUrl(study.id()));
        return Response.ok(detail).tag(tag).cacheControl(Caching.maxAge(STUDY_MAX_AGE)).build();
    }

    /**
     * One registry entry of the study as its registry alone shows it (same shape as the study): what the merged study
     * took from it and what it did not. {@code id} is any id of the study, {@code entryId} the entry's own id.
     */
    @GET
    @Path("{id}/entries/{entryId}")
    public Response entry(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        Optional<StudyReadModel> study = catalog.study(id);
        Optional<StudyReadModel> view = study.flatMap(s -> catalog.entryAlone(s.id(), entryId));
        if (view.isEmpty()) {
            return new ProblemResponses(headers, uriInfo).studyNotFound(id + "/" + entryId);
        }
        StudyDetail detail = StudyDetailAssembler.toDetail(view.get(), sourcesUrl(study.get().id()));
        return Response.ok(detail).cacheControl(Caching.maxAge(STUDY_MAX_AGE)).build();
    }

    private String sourcesUrl(String primaryRegistryId) {
        return uriInfo.getBaseUriBuilder().path("studies").segment(primaryRegistryId, "sources").build().toString();
    }

    @GET
    @Path("{id}/sources")
    public Response sources(@PathParam("id") String id, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Optional<List<SourceVersionView>> found = catalog.sourceVersions(id, paging.first(), paging.size());
        if (found.isEmpty()) {
            return new ProblemResponses(headers, uriInfo).studyNotFound(id);
        }
        List<SourceRecord> records = found.get().stream()
                .map(version -> StudyDetailAssembler.toSourceRecord(version, contentUrl(id, version.id())))
                .toList();
        return Response.ok(new SourceRecordPage(id, paging.page(), paging.size(), records))
                .cacheControl(Caching.maxAge(STUDY_MAX_AGE)).build();
    }

    /** The text exactly as imported, with its own media type when that is safe to serve (see SourceMediaType). */
    @GET
    @Path("{id}/sources/{versionId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response sourceContent(@PathParam("id") String id, @PathParam("versionId") long versionId) {
        Optional<SourceContent> found = catalog.sourceContent(id, versionId);
        if (found.isEmpty()) {
            return new ProblemResponses(headers, uriInfo).sourceVersionNotFound(id, versionId);
        }
        // a stored version never changes, so it may be cached as long as the study
        return Response.ok(found.get().content(), SourceMediaType.servable(found.get().mediaType()))
                .cacheControl(Caching.maxAge(STUDY_MAX_AGE)).build();
    }

    private String contentUrl(String registryId, long versionId) {
        return uriInfo.getBaseUriBuilder().path("studies").segment(registryId, "sources", Long.toString(versionId))
                .build().toString();
    }

    private String studyUrl(String registryId) {
        return uriInfo.getBaseUriBuilder().path("studies").segment(registryId).build().toString();
    }

    static StudySearchResponse.Facets facets(StudyHits hits) {
        return new StudySearchResponse.Facets(facet(hits, Facet.STATUS), facet(hits, Facet.PHASE),
                facet(hits, Facet.STUDY_TYPE), facet(hits, Facet.COUNTRY), facet(hits, Facet.STARTED),
                facet(hits, Facet.UPDATED), facet(hits, Facet.SPONSOR_TYPE), facet(hits, Facet.RESULTS),
                facet(hits, Facet.SOURCE));
    }

    private static List<StudySearchResponse.FacetValue> facet(StudyHits hits, Facet facet) {
        List<FacetCount> counts = hits.facets() == null ? null : hits.facets().get(facet);
        return counts == null ? List.of()
                : counts.stream().map(c -> new StudySearchResponse.FacetValue(c.value(), c.count())).toList();
    }
}
