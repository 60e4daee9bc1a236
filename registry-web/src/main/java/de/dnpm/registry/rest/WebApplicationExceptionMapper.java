package de.dnpm.registry.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The framework's own errors (unknown path, wrong method, unacceptable media type) as problem details with their
 * status. A parameter that could not be converted is reported by the framework as 404 (query) or 400; it is the
 * client's input, so it becomes 400.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Headers of the original response that still apply, such as the methods a resource allows. */
    private static final List<String> KEPT_HEADERS = List.of("Allow", "WWW-Authenticate", "Retry-After");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        ProblemResponses problems = new ProblemResponses(headers, uriInfo);
        if (isParameterConversion(exception)) {
            return problems.invalidParameter(null);
        }
        Response problem = problems.httpError(status);
        if (exception.getResponse() == null) {
            return problem;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : KEPT_HEADERS) {
            Object value = exception.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    /** Jersey's ParamException (any of its kinds) wraps the conversion failure; we avoid a compile dependency on it. */
    static boolean isParameterConversion(Throwable exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getSimpleName().equals("ParamException")) {
                return true;
            }
        }
        return false;
    }
}
