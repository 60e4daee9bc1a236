package de.dnpm.registry.rest;

import de.dnpm.registry.application.IndexStudyMatching;
import de.dnpm.registry.application.MatchOptions;
import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.StudyMatching;
import de.dnpm.registry.rest.export.PortalLinks;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /api/match}: one pseudonymised patient's profile (JSON) against every study; the studies in rank order
 * with verdict, score, nearest recruiting site and the criteria with their reasons. Open to anyone, like the search,
 * and stateless: the profile is read, matched and forgotten (never stored, never logged, never cached:
 * {@code Cache-Control: no-store}); it travels in the body only, which access logs do not record.
 */
@Path("match")
@RequestScoped
public class MatchResource {

    @Inject
    StudyMatching matching;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /**
     * {@code status} and {@code phase} narrow the studies (repeatable, ORed; default the open statuses RECRUITING and
     * NOT_YET_RECRUITING, any phase), {@code limit} how many come back (1..200, default 50).
     */
    @POST
    @Consumes("application/json")
    @Produces(StudyResource.JSON)
    public Response match(InputStream body, @QueryParam("status") List<String> status,
                          @QueryParam("phase") List<String> phase, @QueryParam("limit") String limit)
            throws IOException {
        MatchOptions options = options(status, phase, limit);
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MatchProfileReader.MAX_BODY_BYTES + 1);
        if (bytes.length > MatchProfileReader.MAX_BODY_BYTES) {
            return new ProblemResponses(headers, uriInfo).httpError(413);
        }
        PatientProfile profile = MatchProfileReader.read(new ByteArrayInputStream(bytes));
        MatchResult result = run(matching, profile, options);
        PortalLinks links = new PortalLinks(uriInfo.getBaseUri());
        MatchResponse response = new MatchResponseAssembler(ProblemResponses.language(headers), links::studyApi)
                .toResponse(result);
        return Response.ok(response).cacheControl(Caching.noStore()).build();
    }

    /*
     * The service names a postal code it cannot place; as an API error it is the caller's bad value. Any other failure
     * reaches the exception mappers, which log it: its message might quote the profile (a value a reader choked on),
     * so only its type and stack trace go on, never its message or cause. The FHIR $match calls it too.
     */
    public static MatchResult run(StudyMatching matching, PatientProfile profile, MatchOptions options) {
        try {
            return matching.match(profile, options);
        } catch (IndexStudyMatching.UnknownPlaceException e) {
            throw new InvalidParameterException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("body: a value of the profile could not be read");
        } catch (RuntimeException e) {
            throw withoutMessage(e);
        }
    }

    static IllegalStateException withoutMessage(RuntimeException e) {
        IllegalStateException stripped = new IllegalStateException("Matching failed with " + e.getClass().getName()
                + " (message withheld: it may quote the patient's profile)");
        stripped.setStackTrace(e.getStackTrace());
        return stripped;
    }

    /** Statuses and phases as the index codes them (RECRUITING, PHASE2); an unknown form is a 400 naming it. */
    static MatchOptions options(List<String> status, List<String> phase, String limit) {
        return new MatchOptions(codes("status", status), codes("phase", phase), limit == null || limit.isBlank()
                ? MatchOptions.DEFAULT_LIMIT : number("limit", limit, 1, MatchOptions.MAX_LIMIT));
    }

    private static java.util.Set<String> codes(String name, List<String> values) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                String code = part.strip().toUpperCase(java.util.Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!code.matches("[A-Z0-9_]{1,40}")) {
                    throw new InvalidParameterException(name + ": a code such as "
                            + (name.equals("status") ? "RECRUITING" : "PHASE2") + " is expected");
                }
                codes.add(code);
            }
        }
        if (codes.size() > 20) {
            throw new InvalidParameterException(name + ": at most 20 values");
        }
        return codes;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new InvalidParameterException(name + " must be a whole number from " + min + " to " + max);
    }
}
