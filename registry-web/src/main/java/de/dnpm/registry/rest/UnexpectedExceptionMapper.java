package de.dnpm.registry.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/** Anything else is our fault: 500 with a reference to the logged stack trace, never the trace itself. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String reference = UUID.randomUUID().toString();
        // the path only, never the query string: a search may carry a description of a patient
        LOG.log(System.Logger.Level.ERROR, "Unexpected error " + reference + " in "
                + (uriInfo == null ? "?" : uriInfo.getRequestUri().getPath()), exception);
        return new ProblemResponses(headers, uriInfo).unexpected(reference);
    }
}
