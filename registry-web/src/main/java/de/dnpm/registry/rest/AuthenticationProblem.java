package de.dnpm.registry.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;

/**
 * The error page for status 401 (web.xml): the HTTP Basic mechanism of the REST API answers missing or wrong
 * credentials with a container error, which would otherwise be GlassFish's HTML error report. This writes the API's
 * problem details instead; the mechanism's {@code WWW-Authenticate} header stays. Pages never get a 401 (the login
 * form redirects), so the page is the API's. GlassFish logs a warning for every error page that is no file in the
 * WAR (StandardHostValve checks File.exists), so {@code errors/unauthorized.json} exists as a static English copy; the
 * exact servlet mapping answers in its place.
 */
@WebServlet(name = "AuthenticationProblem", urlPatterns = AuthenticationProblem.PATH)
public class AuthenticationProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/errors/unauthorized.json";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        ProblemResponses problems = new ProblemResponses(
                ProblemResponses.language(Collections.list(request.getLocales())), instance);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(problems.unauthorizedJson());
    }
}
