package de.dnpm.registry.importer.ctgov;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Which studies a sync asks the ClinicalTrials.gov API v2 for: all of them, or those whose last update was posted on
 * or after {@code lastUpdatedSince}, in pages of {@code pageSize} studies (at most 1000, the API's maximum).
 */
public record CtgovStudyQuery(LocalDate lastUpdatedSince, int pageSize) {

    /** The API's largest page (https://clinicaltrials.gov/data-api/api, GET /studies, pageSize). */
    public static final int MAX_PAGE_SIZE = 1000;

    public CtgovStudyQuery {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }

    /** Studies updated since the day given (inclusive), in pages of 100: about 3 MB each, well under the caps. */
    public static CtgovStudyQuery updatedSince(LocalDate day) {
        return new CtgovStudyQuery(day, 100);
    }

    /**
     * The request for one page: {@code base}/studies with the query, and {@code pageToken} (null for the first page).
     * The date filter uses the API's Essie syntax, {@code AREA[LastUpdatePostDate]RANGE[2026-08-01,MAX]}.
     */
    URI uri(URI base, String pageToken) {
        StringJoiner query = new StringJoiner("&");
        query.add("format=json");
        query.add("pageSize=" + pageSize);
        query.add("countTotal=false");
        if (lastUpdatedSince != null) {
            query.add("filter.advanced=" + encode("AREA[LastUpdatePostDate]RANGE[" + lastUpdatedSince + ",MAX]"));
        }
        if (pageToken != null) {
            query.add("pageToken=" + encode(pageToken));
        }
        String path = base.toString().replaceAll("/+$", "");
        return URI.create(path + "/studies?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
