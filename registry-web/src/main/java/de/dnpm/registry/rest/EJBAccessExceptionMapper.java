package de.dnpm.registry.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A session bean's {@code @RolesAllowed} refused the caller: 403, not the 500 GlassFish would give. When the container
 * wraps it in an EJBException, {@link EJBExceptionMapper} unwraps it and hands it here.
 */
@Provider
public class EJBAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

    private static final System.Logger LOG = System.getLogger(EJBAccessExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(EJBAccessException exception) {
        LOG.log(System.Logger.Level.WARNING, "Access refused by an EJB in "
                + (uriInfo == null ? "?" : uriInfo.getRequestUri()) + ": " + exception.getMessage());
        return new ProblemResponses(headers, uriInfo).forbidden();
    }
}
