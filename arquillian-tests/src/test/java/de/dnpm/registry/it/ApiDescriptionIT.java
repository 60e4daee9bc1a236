package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's OpenAPI description and the browsable API page of the real WAR: the document is served, is OpenAPI 3 and
 * names the base path it was reached through; the page loads Swagger UI and everything it needs from the WAR itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDescriptionIT {

    /** The page's Swagger UI files and its initializer, as the page names them (JSF escapes & as &amp;). */
    private static final Pattern PAGE_ASSET = Pattern.compile(
            "(?:src|href)=\"([^\"]*(?:/webjars/swagger-ui/|api-docs\\.js)[^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar("api-description-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesAnOpenApi3DescriptionListingTheStudySearch() throws Exception {
        HttpResponse<String> response = get("api/openapi.json");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject document = json(response.body());
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertTrue(document.getJsonObject("paths").getJsonObject("/studies").containsKey("get"));
        assertTrue(document.getJsonObject("paths").containsKey("/admin/imports"), "admin operations are described");
        String basePath = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        assertEquals(basePath + "api", document.getJsonArray("servers").getJsonObject(0).getString("url"),
                "the servers entry names this deployment's context root");
    }

    @Test
    void apiPageLoadsSwaggerUiAndItsFilesFromTheWar() throws Exception {
        HttpResponse<String> page = get("api.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "the page keeps the portal's policy");
        String html = page.body();
        assertTrue(html.contains("id=\"swagger-ui\""), html);
        assertTrue(html.contains("data-spec-url=\"" + base.getPath().replaceAll("/$", "") + "/api/openapi.json\""),
                html);
        List<String> assets = new ArrayList<>();
        Matcher found = PAGE_ASSET.matcher(html);
        while (found.find()) {
            assets.add(found.group(1).replace("&amp;", "&"));
        }
        assertTrue(assets.stream().anyMatch(a -> a.endsWith("swagger-ui-bundle.js")), assets.toString());
        assertTrue(assets.stream().anyMatch(a -> a.endsWith("swagger-ui.css")), assets.toString());
        assertTrue(assets.stream().anyMatch(a -> a.contains("api-docs.js")), assets.toString());
        for (String asset : assets) {
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(asset))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, file.statusCode(), asset);
            String type = file.headers().firstValue("Content-Type").orElse("");
            assertTrue(asset.contains(".css") ? type.startsWith("text/css") : type.contains("javascript"),
                    asset + " is served as " + type);
            assertFalse(file.body().isBlank(), asset);
        }
    }

    @Test
    void everyPageLinksTheApiPageFromItsFooter() throws Exception {
        String html = get("index.xhtml").body();

        assertTrue(html.matches("(?s).*id=\"api-link\" href=\"[^\"]*/api\\.xhtml\".*"), "the footer's API link");
    }

    @Test
    void webJarsOwnDemoPageCannotRunScripts() throws Exception {
        HttpResponse<String> demo = get("webjars/swagger-ui/5.34.1/index.html");

        assertTrue(demo.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"),
                "the demo page would load a remote document into a page of ours");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
