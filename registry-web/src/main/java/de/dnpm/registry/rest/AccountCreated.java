package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The answer to {@code POST /api/admin/users}: the account as created, never its password. */
@JsonbPropertyOrder({"username", "roles", "organisation"})
public record AccountCreated(String username, List<String> roles, String organisation) {
}
