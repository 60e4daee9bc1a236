package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The search index as the admin API reports it: whether it is being rebuilt and how many changes wait for it. */
@JsonbPropertyOrder({"rebuilding", "pendingChanges"})
public record IndexStatusDetail(boolean rebuilding, long pendingChanges) {
}
