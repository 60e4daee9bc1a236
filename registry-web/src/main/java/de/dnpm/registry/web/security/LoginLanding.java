package de.dnpm.registry.web.security;

import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The login form posts to {@code j_security_check}, where the form mechanism checks the credentials. After a login
 * that started at a protected page the mechanism itself redirects back there; a login from a bookmarked login page
 * has nowhere to go back to and ends here, so the request does not end in a 404: administrators go to the admin
 * page, board members to their case list, referrers to their referrals, everyone else to the search.
 */
@WebServlet(name = "LoginLanding", urlPatterns = "/j_security_check")
public class LoginLanding extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        land(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        land(request, response);
    }

    private static void land(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getUserPrincipal() == null ? SecurityConfiguration.LOGIN_PAGE
                : request.isUserInRole(PasswordHashing.ADMIN_ROLE) ? SecurityConfiguration.ADMIN_HOME
                : request.isUserInRole(PasswordHashing.BOARD_ROLE) ? SecurityConfiguration.BOARD_HOME
                : request.isUserInRole(PasswordHashing.REFERRER_ROLE) ? SecurityConfiguration.REFERRER_HOME
                : "/index.xhtml";
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }
}
