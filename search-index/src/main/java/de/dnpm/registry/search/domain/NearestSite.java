package de.dnpm.registry.search.domain;

/** The site of a hit nearest to the place searched from, and how far it is (km, rounded to one decimal). */
public record NearestSite(SiteLocation site, double distanceKm) {
}
