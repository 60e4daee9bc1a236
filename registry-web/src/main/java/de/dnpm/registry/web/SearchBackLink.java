package de.dnpm.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The study page's way back to the search it was opened from: the result list's study links carry that search as
 * {@code back=index.xhtml?q=…&status=…&page=…} ({@link SearchView#getBackTarget}), and "Back to the search" leads
 * there ({@code #{searchBackLink.url}}). The parameter comes from the address, so anyone can write one: only a search
 * of this portal is taken, rebuilt from the parameters it understands ({@link SearchCriteria}), never an address of
 * its own; anything else leads to the plain search page. It survives the language switch ({@link #keep}).
 */
@Named
@ViewScoped
public class SearchBackLink implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The study page's request parameter. */
    public static final String PARAMETER = "back";
    /** Where "Back to the search" leads without a (usable) parameter. */
    static final String SEARCH_PAGE = "index.xhtml";
    private static final int MAX_LENGTH = 8000;

    private String target = SEARCH_PAGE;

    /** Read once when the page is requested; postbacks of the same page (language switch) keep it. */
    @PostConstruct
    void readRequest() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            target = safeTarget(context.getExternalContext().getRequestParameterMap().get(PARAMETER));
        }
    }

    /** The search to go back to, relative to the application root: "index.xhtml" or "index.xhtml?…". */
    public String getUrl() {
        return target;
    }

    /**
     * The page's own path ("/study.xhtml?id=…", as the template's {@code pageUrl}) with this way back added, so that
     * switching the language keeps it; other pages' paths are returned as they are.
     */
    public String keep(String pageUrl) {
        return withBack(pageUrl, target);
    }

    static String withBack(String pageUrl, String target) {
        if (pageUrl == null || SEARCH_PAGE.equals(target) || !pageUrl.startsWith("/study.xhtml")
                || SearchCriteria.parseQueryString(query(pageUrl)).containsKey(PARAMETER)) {
            return pageUrl;
        }
        return pageUrl + (pageUrl.contains("?") ? "&" : "?") + PARAMETER + "="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /**
     * The way back a {@code back} parameter asks for, made safe: "index.xhtml" followed by the canonical query string
     * of the search it describes, or "index.xhtml" alone for anything that is not a relative address of the search
     * page (another page, a scheme, "//host", a path, backslashes, control characters, a fragment).
     */
    static String safeTarget(String back) {
        if (back == null || back.length() > MAX_LENGTH) {
            return SEARCH_PAGE;
        }
        String value = back.strip();
        if (!value.equals(SEARCH_PAGE) && !value.startsWith(SEARCH_PAGE + "?")) {
            return SEARCH_PAGE;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\\' || c == '#')) {
            return SEARCH_PAGE;
        }
        Map<String, List<String>> parameters = SearchCriteria.parseQueryString(query(value));
        return SearchCriteria.fromParameters(parameters).relativeUrl(SearchCriteria.pageOf(parameters));
    }

    private static String query(String url) {
        int question = url.indexOf('?');
        return question < 0 ? "" : url.substring(question + 1);
    }
}
