package de.dnpm.registry.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of this API. It is written by hand
 * ({@code openapi.json} beside this class) rather than generated, because no generator runs in GlassFish 8 without
 * bringing its own Jackson against the server's; {@code OpenApiCoverageTest} keeps it true to the resources. The
 * admin operations are described too: they are protected by their role, not by being unknown. The document's
 * {@code servers} names the base path this request came through, so it holds under any context root.
 */
@Path("openapi.json")
@RequestScoped
@Produces(StudyResource.JSON)
public class OpenApiResource {

    static final String DOCUMENT = "openapi.json";
    /** The document changes only with a deployment. */
    private static final int MAX_AGE = 300;

    @Context
    UriInfo uriInfo;

    @GET
    public Response description() {
        String basePath = uriInfo.getBaseUri().getRawPath();
        return Response.ok(withServer(basePath).toString()).cacheControl(Caching.maxAge(MAX_AGE)).build();
    }

    /** The stored document with {@code servers} naming the given base path ("/api/" becomes "/api"). */
    static JsonObject withServer(String basePath) {
        String url = basePath.length() > 1 && basePath.endsWith("/")
                ? basePath.substring(0, basePath.length() - 1) : basePath;
        JsonProvider json = JsonProvider.provider();
        return json.createObjectBuilder(Stored.DOCUMENT)
                .add("servers", json.createArrayBuilder().add(json.createObjectBuilder().add("url", url)))
                .build();
    }

    /** The document as stored in the WAR, read once. */
    static JsonObject stored() {
        return Stored.DOCUMENT;
    }

    private static final class Stored {

        static final JsonObject DOCUMENT = read();

        private static JsonObject read() {
            try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException(OpenApiResource.DOCUMENT + " is missing beside "
                            + OpenApiResource.class.getName());
                }
                try (JsonReader reader = JsonProvider.provider().createReader(in)) {
                    return reader.readObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
