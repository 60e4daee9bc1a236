package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.InvalidQueryException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unparsable search text is the client's mistake: 400, with the index's message, which says where it failed. */
@Provider
public class InvalidQueryExceptionMapper implements ExceptionMapper<InvalidQueryException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidQueryException exception) {
        return new ProblemResponses(headers, uriInfo).invalidQuery(exception.getMessage());
    }
}
