package de.dnpm.registry.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid request values: 400. Our own parameter checks carry a message meant for the client; any other
 * IllegalArgumentException gets a generic detail, since its message may describe internals.
 */
@Provider
public class IllegalArgumentExceptionMapper implements ExceptionMapper<IllegalArgumentException> {

    private static final System.Logger LOG = System.getLogger(IllegalArgumentExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        ProblemResponses problems = new ProblemResponses(headers, uriInfo);
        if (exception instanceof InvalidParameterException) {
            return problems.invalidParameter(exception.getMessage());
        }
        // the path only, never the query string: a search may carry a description of a patient
        LOG.log(System.Logger.Level.WARNING, "Request " + (uriInfo == null ? "" : uriInfo.getRequestUri().getPath())
                + " rejected as invalid: " + exception.getMessage(), exception);
        return problems.invalidParameter(null);
    }
}
