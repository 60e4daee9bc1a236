package de.dnpm.registry.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jakarta Security 4 lets an application define several mechanisms; this handler chooses one per request: HTTP Basic
 * for the REST API under {@code /api} (clients send credentials with each call), the login form for everything else.
 * A page session therefore never authenticates an API call.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PathBasedMechanismHandler implements HttpAuthenticationMechanismHandler {

    @Inject
    @BasicAuthenticationMechanismDefinition.BasicAuthenticationMechanism
    HttpAuthenticationMechanism basic;

    @Inject
    @FormAuthenticationMechanismDefinition.FormAuthenticationMechanism
    HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return pick(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return pick(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        pick(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism pick(HttpServletRequest request) {
        return isApi(request.getRequestURI(), request.getContextPath()) ? basic : form;
    }

    static boolean isApi(String requestUri, String contextPath) {
        String path = requestUri.substring(Math.min(requestUri.length(), contextPath.length()));
        return path.equals("/api") || path.startsWith("/api/");
    }
}
