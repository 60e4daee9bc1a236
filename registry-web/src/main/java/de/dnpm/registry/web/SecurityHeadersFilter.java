package de.dnpm.registry.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Restrictive response headers on everything the portal serves. The Content-Security-Policy of the JSF pages is
 * written by PrimeFaces (context parameters {@code primefaces.CSP}/{@code primefaces.CSP_POLICY} in web.xml), because
 * only it knows the per-response nonce its scripts carry; the REST API gets a policy that allows nothing to run.
 * Administration and login pages are not stored by browsers or proxies. GlassFish's {@code Server} and
 * {@code X-Powered-By} cannot be dropped here (Grizzly adds them outside the servlet response; tried:
 * {@code setHeader(name, null)} leaves them); {@code scripts/harden-domain.sh} switches them off in the domain.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (isApi(request) || isWebJar(request)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (isPrivate(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Pages with an administrator's data or a login form. */
    static boolean isPrivate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin/") || path.startsWith("/login");
    }

    /**
     * Files of the libraries served from WEB-INF/lib jars (Swagger UI for api.xhtml). Scripts and styles ignore their
     * own CSP header, so the pages that load them work; the jar's own demo page (index.html, set to load a remote
     * document) is left unable to run anything.
     */
    static boolean isWebJar(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/webjars/");
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
