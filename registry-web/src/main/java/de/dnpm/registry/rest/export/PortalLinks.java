package de.dnpm.registry.rest.export;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to the portal's own pages, from the base URI of the REST API ({@code http://host/api/}): the pages sit at the
 * application's root, one level above it.
 */
public record PortalLinks(URI apiBase) {

    /** The study page of the study with this registry id ({@code study.xhtml?id=...}). */
    public String studyPage(String registryId) {
        return apiBase.resolve("../study.xhtml?id=" + encode(registryId)).toString();
    }

    /** The search page for a raw query string of the search's own parameters (may be null or empty). */
    public String searchPage(String rawQuery) {
        return apiBase.resolve("../index.xhtml" + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery))
                .toString();
    }

    /** The API's JSON of one study. */
    public String studyApi(String registryId) {
        return apiBase.resolve("studies/" + encode(registryId).replace("+", "%20")).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
