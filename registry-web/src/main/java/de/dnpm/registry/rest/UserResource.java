package de.dnpm.registry.rest;

import de.dnpm.registry.application.board.AccountRegistration;
import de.dnpm.registry.application.board.NewAccount;
import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Accounts for administrators ({@code POST /api/admin/users}, HTTP Basic, role ADMIN): {@code {"username",
 * "password", "roles": [...], "organisation"}} → 201 with the account (never the password); 400 for a short password,
 * an unknown role or a missing organisation; 409 when the name is taken or the organisation has another kind.
 */
@Path("admin/users")
@RolesAllowed(PasswordHashing.ADMIN_ROLE)
@RequestScoped
@Produces(StudyResource.JSON)
public class UserResource {

    static final String ACCOUNT_EXISTS = "urn:dnpm-registry:problem:account-exists";

    @Inject
    AccountRegistration registration;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        NewAccount account;
        try {
            account = parse(body);
        } catch (IllegalArgumentException e) {
            return problems().invalidRequest("detail.account." + e.getMessage());
        }
        var refusal = registration.register(account);
        if (refusal.isPresent()) {
            String key = refusal.get() == AccountRegistration.Refusal.EXISTS ? "detail.account.exists"
                    : "detail.account.organisation-kind";
            ProblemResponses problems = problems();
            return problems.build(409, ACCOUNT_EXISTS, problems.text("title.account-conflict"), problems.text(key));
        }
        AccountCreated created = new AccountCreated(account.username(), account.roles().stream().sorted().toList(),
                account.organisation());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(account.username()).build())
                .type(StudyResource.JSON).entity(created).build();
    }

    /** Reads the request; a malformed body or wrong types end as "request.invalid". */
    static NewAccount parse(String body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("request.invalid");
        }
        try {
            Set<String> roles = new LinkedHashSet<>();
            if (json.containsKey("roles") && json.get("roles").getValueType() == JsonValue.ValueType.ARRAY) {
                json.getJsonArray("roles").getValuesAs(JsonString.class).forEach(role -> roles.add(role.getString()));
            }
            return new NewAccount(string(json, "username"), string(json, "password"), roles,
                    string(json, "organisation"));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("request.invalid");
        }
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private ProblemResponses problems() {
        return new ProblemResponses(headers, uriInfo);
    }
}
