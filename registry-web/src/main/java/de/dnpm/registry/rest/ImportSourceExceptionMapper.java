package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An import source the service refused: 413 (too large), 400 (empty, or outside the import folder) or 404 (no such
 * file), each with its own problem type. The exception's message may name server paths and is only logged.
 */
@Provider
public class ImportSourceExceptionMapper implements ExceptionMapper<ImportSourceException> {

    private static final System.Logger LOG = System.getLogger(ImportSourceExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ImportSourceException exception) {
        LOG.log(System.Logger.Level.INFO, "Import source refused (" + exception.reason() + "): "
                + exception.getMessage());
        return new ProblemResponses(headers, uriInfo).importSourceRefused(exception.reason());
    }
}
