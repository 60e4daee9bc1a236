package de.dnpm.registry.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import java.util.UUID;

/**
 * The EJB container wraps every runtime exception of a session bean in an EJBException (an unparsable query included),
 * so the cause is unwrapped and handed to the mapper for its own type. A refused {@code @RolesAllowed} anywhere in the
 * chain is a 403.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    private static final System.Logger LOG = System.getLogger(EJBExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(EJBException exception) {
        if (deniedAccess(exception)) {
            return new ProblemResponses(headers, uriInfo).forbidden();
        }
        Throwable cause = exception.getCausedByException() != null
                ? exception.getCausedByException() : exception.getCause();
        if (cause != null && providers != null) {
            @SuppressWarnings("unchecked")
            ExceptionMapper<Throwable> mapper =
                    (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
            if (mapper != null) {
                return mapper.toResponse(cause);
            }
        }
        String reference = UUID.randomUUID().toString();
        // the path only, never the query string: a search may carry a description of a patient
        LOG.log(System.Logger.Level.ERROR, "Unexpected error " + reference + " in "
                + (uriInfo == null ? "?" : uriInfo.getRequestUri().getPath()), exception);
        return new ProblemResponses(headers, uriInfo).unexpected(reference);
    }

    static boolean deniedAccess(Throwable exception) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
