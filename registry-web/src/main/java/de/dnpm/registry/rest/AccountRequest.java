package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The body of {@code POST /api/admin/users}: an account to create (read with JSON-P by {@link UserResource}). */
@JsonbPropertyOrder({"username", "password", "roles", "organisation"})
public record AccountRequest(String username, String password, List<String> roles, String organisation) {
}
