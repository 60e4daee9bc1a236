package de.dnpm.registry.rest.export;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.StudyMatching;
import de.dnpm.registry.rest.MatchResource;
import de.dnpm.registry.rest.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/fhir/ResearchStudy/$match} after the CodeX trial-matching guide: a Parameters resource with the
 * patient's Bundle, zip code, travel radius, phase and recruitment status in ({@link FhirMatchRequest}); a searchset
 * Bundle of ResearchStudy with scores out ({@link FhirMatchBundle}). The same matching as {@code POST /api/match},
 * open to anyone and stateless in the same way (nothing stored, logged or cached). Errors are problem details like the
 * rest of the API.
 */
@Path("fhir/ResearchStudy/$match")
@RequestScoped
public class FhirMatchResource {

    static final String FHIR_JSON = "application/fhir+json";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    StudyMatching matching;

    @Inject
    StudyExports exports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({FHIR_JSON, "application/json"})
    @Produces(FHIR_JSON + ";charset=UTF-8")
    public Response match(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(FhirMatchRequest.MAX_BODY_BYTES + 1);
        if (bytes.length > FhirMatchRequest.MAX_BODY_BYTES) {
            return new ProblemResponses(headers, uriInfo).httpError(413);
        }
        FhirMatchRequest request = FhirMatchRequest.read(new ByteArrayInputStream(bytes), LocalDate.now(PORTAL_ZONE));
        MatchResult result = MatchResource.run(matching, request.profile(), request.options());
        List<ExportedStudy> loaded = exports.load(result.studies().stream().map(MatchResult.StudyMatch::studyId)
                .toList(), new PortalLinks(uriInfo.getBaseUri()));
        Map<String, ExportedStudy> details = new LinkedHashMap<>();
        loaded.forEach(study -> details.put(study.detail().id(), study));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(FhirMatchBundle.of(result, details).toString()).cacheControl(noStore).build();
    }
}
