package de.dnpm.registry.web.security;

import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * The signed-in administrator as the page header shows it, and the logout: ends the login and the session, then
 * shows the search page. Logout is a POST of a JSF form, so another site cannot log an administrator out by a link.
 */
@Named
@RequestScoped
public class Account {

    private static final System.Logger LOG = System.getLogger(Account.class.getName());

    /**
     * Whether the caller may use the administration (header links, admin pages). Error pages show no admin links:
     * GlassFish 8.0.0 throws a NullPointerException from isUserInRole in an ERROR dispatch of a signed-in caller (its
     * JACC policy configuration is not set there), which would turn every 404 page into a 500.
     */
    public boolean isAdmin() {
        return inRole(PasswordHashing.ADMIN_ROLE);
    }

    /** Whether the caller is a board member (header link to the case list). */
    public boolean isBoardMember() {
        return inRole(PasswordHashing.BOARD_ROLE);
    }

    /** Whether the caller refers cases (header link to their referrals). */
    public boolean isReferrer() {
        return inRole(PasswordHashing.REFERRER_ROLE);
    }

    /** Whether the header shows the signed-in user and the logout: any of the roles above. */
    public boolean isSignedIn() {
        return isAdmin() || isBoardMember() || isReferrer();
    }

    private boolean inRole(String role) {
        HttpServletRequest request = request();
        if (request.getDispatcherType() == DispatcherType.ERROR || request.getUserPrincipal() == null) {
            return false;
        }
        try {
            return request.isUserInRole(role);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Role check failed for " + request.getRemoteUser() + ": " + e);
            return false;
        }
    }

    public String getUserName() {
        return request().getRemoteUser();
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = request();
        String user = request.getRemoteUser();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(System.Logger.Level.WARNING, "Logout of " + user + " failed; the session is ended anyway", e);
        }
        external.invalidateSession();
        LOG.log(System.Logger.Level.INFO, "User " + user + " logged out");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
