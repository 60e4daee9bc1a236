package de.dnpm.registry.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Map;

/**
 * Makes every login start at a protected page. The form mechanism (Soteria) handles a failed login well only when it
 * has saved the page the caller wanted: then it shows the error page. Someone who opens a bookmarked login page has
 * no such page, and a wrong password would end on a blank response; so the login page first sends them once through
 * the import page, which saves it and comes back here. A session mark of our own keeps this to one round trip, even
 * if a future Soteria names its saved request differently.
 */
@Named
@RequestScoped
public class LoginFlow {

    /** Where Soteria 4 keeps the request that a login will continue (LoginToContinueInterceptor). */
    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";
    static final String STARTED = LoginFlow.class.getName() + ".started";

    /** View action of the login page. */
    public void start() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() != null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (needsStart(session)) {
            session.put(STARTED, Boolean.TRUE);
            external.redirect(external.getRequestContextPath() + SecurityConfiguration.ADMIN_HOME);
        }
    }

    static boolean needsStart(Map<String, Object> session) {
        return session.get(SAVED_REQUEST) == null && session.get(STARTED) == null;
    }
}
