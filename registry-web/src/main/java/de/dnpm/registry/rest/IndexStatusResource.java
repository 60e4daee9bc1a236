package de.dnpm.registry.rest;

import de.dnpm.registry.application.IndexStatus;
import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The search index for administrators ({@code /api/admin/index}, role ADMIN): its status, and a rebuild from the
 * database that runs in the background (202).
 */
@Path("admin/index")
@RolesAllowed(PasswordHashing.ADMIN_ROLE)
@RequestScoped
@Produces(StudyResource.JSON)
public class IndexStatusResource {

    @Inject
    IndexStatus index;

    @Context
    UriInfo uriInfo;

    @GET
    public Response status() {
        return Response.ok(current()).cacheControl(Caching.noStore()).build();
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        index.requestRebuild();
        return Response.accepted(current()).cacheControl(Caching.noStore())
                .location(uriInfo.getBaseUriBuilder().path("admin").path("index").build()).build();
    }

    private IndexStatusDetail current() {
        return new IndexStatusDetail(index.rebuilding(), index.pendingChanges());
    }
}
