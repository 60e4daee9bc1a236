package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.search.domain.Place;

/**
 * How a reader asked for a study's sites, as the page's URL carries it: {@code country}, {@code city}, {@code near}
 * (a postal code or town, the patient's place) and {@code sitePage}. Values are bounded: they come from anyone's URL.
 */
public class SitesRequest {

    /** Longer than any town or postal code, and short enough that a crafted URL costs nothing. */
    static final int MAX_LENGTH = 100;

    private String country;
    private String city;
    private String near;
    private String sitePage;
    private Place place;

    /** The study's sites as asked for; resolves {@code near} through the offline gazetteer. */
    public SiteListing listing(StudyReadModel study, StudyCatalog catalog) {
        place = near == null ? null : catalog.place(near).orElse(null);
        return SiteListing.of(study.sites(), country, city, place == null ? null : place.point(), pageNumber());
    }

    /** The query-string part that repeats this request for page {@code page}: "&country=DE&near=69120&sitePage=2". */
    public String query(int page) {
        StringBuilder query = new StringBuilder();
        append(query, "country", country);
        append(query, "city", city);
        append(query, "near", near);
        if (page > 1) {
            query.append("&sitePage=").append(page);
        }
        return query.toString();
    }

    /** The query-string part that keeps the place but drops the country and town filter. */
    public String queryWithoutFilter() {
        StringBuilder query = new StringBuilder();
        append(query, "near", near);
        return query.toString();
    }

    /** Whether a place was asked for that the gazetteer does not know (the page says so rather than ignoring it). */
    public boolean isPlaceUnknown() {
        return near != null && place == null;
    }

    /** The place the sites are ordered by, as the gazetteer names it; null without one. */
    public Place getPlace() {
        return place;
    }

    private int pageNumber() {
        try {
            return sitePage == null ? 1 : Integer.parseInt(sitePage);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(StudyUrls.encoded(value));
        }
    }

    private static String bounded(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = bounded(country);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = bounded(city);
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = bounded(near);
    }

    public String getSitePage() {
        return sitePage;
    }

    public void setSitePage(String sitePage) {
        this.sitePage = bounded(sitePage);
    }
}
