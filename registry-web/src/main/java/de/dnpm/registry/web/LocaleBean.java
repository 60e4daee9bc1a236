package de.dnpm.registry.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The reader's language for this session: first the best match of the browser's Accept-Language among the supported
 * locales of faces-config.xml (English by default), then whatever the reader picks in the header.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isGerman() {
        return "de".equals(getLanguage());
    }

    /**
     * Switches the language and reloads {@code returnTo} (a path inside the application, as the page's bookmark gives
     * it), so the page keeps its state and its URL.
     */
    public void switchTo(String language, String returnTo) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale wanted = supported(context, language);
        if (wanted != null) {
            locale = wanted;
            context.getViewRoot().setLocale(wanted);
        }
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + safeTarget(returnTo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only paths inside the application: no scheme, no "//host", so the switch cannot redirect elsewhere. */
    static String safeTarget(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return returnTo;
    }

    private static Locale supported(FacesContext context, String language) {
        if (language == null) {
            return null;
        }
        Iterator<Locale> locales = context.getApplication().getSupportedLocales();
        while (locales.hasNext()) {
            Locale candidate = locales.next();
            if (candidate.getLanguage().equals(language)) {
                return candidate;
            }
        }
        Locale fallback = context.getApplication().getDefaultLocale();
        return fallback != null && fallback.getLanguage().equals(language) ? fallback : null;
    }
}
