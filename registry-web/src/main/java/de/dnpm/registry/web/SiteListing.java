package de.dnpm.registry.web;

import de.dnpm.registry.application.SiteSelection;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.search.domain.GeoPoint;

import java.util.List;

/**
 * One page of a study's sites as a page lists them (ordered and filtered by {@link SiteSelection}): which rows, which
 * page of how many. Pages are numbered from 1; a page number out of range shows the nearest page that exists, so an
 * old link after a narrower filter still shows sites.
 */
public final class SiteListing {

    /** Sites on one page: enough to scan, few enough that a study with 1,400 sites stays a light page. */
    public static final int PER_PAGE = 25;

    private final int total;
    private final List<SiteSelection.ListedSite> matching;
    private final List<String> countries;
    private final int page;

    private SiteListing(int total, List<SiteSelection.ListedSite> matching, List<String> countries, int page) {
        this.total = total;
        this.matching = matching;
        this.countries = countries;
        this.page = page;
    }

    /** The sites in {@code country} and {@code city}, nearest to {@code origin} first: page {@code page} of them. */
    public static SiteListing of(List<StudyReadModel.Site> sites, String country, String city, GeoPoint origin,
                                 int page) {
        List<SiteSelection.ListedSite> matching = SiteSelection.select(sites, country, city, origin);
        int pages = Math.max(1, (matching.size() + PER_PAGE - 1) / PER_PAGE);
        return new SiteListing(sites.size(), matching, SiteSelection.countries(sites),
                Math.clamp(page, 1, pages));
    }

    /** The sites on the page shown. */
    public List<SiteSelection.ListedSite> getRows() {
        int from = (page - 1) * PER_PAGE;
        return matching.subList(Math.min(from, matching.size()), Math.min(from + PER_PAGE, matching.size()));
    }

    public int getTotal() {
        return total;
    }

    public int getMatching() {
        return matching.size();
    }

    public List<String> getCountries() {
        return countries;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return Math.max(1, (matching.size() + PER_PAGE - 1) / PER_PAGE);
    }

    public boolean isPaged() {
        return matching.size() > PER_PAGE;
    }

    /** The number (from 1) of the first site on the page; 0 when none matches. */
    public int getFirstShown() {
        return matching.isEmpty() ? 0 : (page - 1) * PER_PAGE + 1;
    }

    public int getLastShown() {
        return Math.min(page * PER_PAGE, matching.size());
    }

    public boolean isPrevious() {
        return page > 1;
    }

    public boolean isNext() {
        return page < getPageCount();
    }

    /** Whether any site's registry gives a recruitment status (legacy records rarely do: an empty column is noise). */
    public boolean isStatusKnown() {
        return matching.stream().anyMatch(listed -> listed.site().status() != null);
    }

    /** Whether any listed site has a distance (a place was given, and sites could be placed). */
    public boolean isDistanceKnown() {
        return matching.stream().anyMatch(listed -> listed.distanceKm() != null);
    }
}
