package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** A search hit: what a result list shows, and the URL of the full study. {@code id} is the primary registry id. */
@JsonbPropertyOrder({"id", "title", "status", "phases", "studyType", "conditions", "siteCount", "url"})
public record StudySummary(String id, String title, String status, List<String> phases, String studyType,
                           List<String> conditions, int siteCount, String url) {
}
