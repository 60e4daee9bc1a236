package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The admin REST API ({@code /api/admin}) as an outside client calls it: with HTTP Basic credentials, or without any.
 * Paths are relative to the application ({@code api/admin/imports}); absolute URLs (a job's {@code Location}) are
 * used as they are. The client speaks HTTP/1.1, as curl and most scripts do: the JDK client's default, an upgrade to
 * HTTP/2 cleartext (h2c), meets a GlassFish 8.0.0 (Grizzly) flaw when a request body is refused before it is read
 * (401, 403): the stream is never ended and the call fails after 30 s with "EOF reached while reading".
 */
final class AdminApi {

    static final String ADMIN = "admin";
    /** REGISTRY_ADMIN_PASSWORD in failsafe's environment (arquillian-tests/pom.xml): the first administrator's. */
    static final String ADMIN_PASSWORD = "it-admin-password";
    static final String IMPORTS = "api/admin/imports";

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private AdminApi(URL base, String authorization) {
        this.base = base.toString();
        this.authorization = authorization;
    }

    static AdminApi as(URL base, String user, String password) {
        return new AdminApi(base, "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static AdminApi administrator(URL base) {
        return as(base, ADMIN, ADMIN_PASSWORD);
    }

    static AdminApi anonymous(URL base) {
        return new AdminApi(base, null);
    }

    HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The raw file as body, its name in Content-Disposition. */
    HttpResponse<String> upload(String fileName, byte[] content) {
        return post(IMPORTS, "application/octet-stream", content,
                "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /**
     * The raw file as a chunked body (no declared length), streamed from {@code content}. Empty when the server
     * closed the connection before the client had sent everything, without an answer the client could read.
     */
    Optional<HttpResponse<String>> uploadStream(String fileName, java.util.function.Supplier<java.io.InputStream> content) {
        HttpRequest.Builder request = request(IMPORTS).header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofInputStream(content));
        try {
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The Authorization header's value this client sends. */
    String authorization() {
        return authorization;
    }

    /** A form upload: one part {@code file} with its file name, as a browser's form sends it. */
    HttpResponse<String> uploadForm(String fileName, String partType, byte[] content) {
        String boundary = "it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(IMPORTS, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** {@code {"path": ...}}: a file or folder under the server's import folder. */
    HttpResponse<String> importServerPath(String path) {
        return post(IMPORTS, "application/json",
                Json.createObjectBuilder().add("path", path).build().toString().getBytes(StandardCharsets.UTF_8));
    }

    JsonObject job(String url) {
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return json(response.body());
    }

    /** Polls the job (its URL) until it has ended, in any final state. */
    JsonObject awaitEnd(String url) {
        return ServerProbe.until(() -> job(url), job -> !job.getString("state").matches("QUEUED|RUNNING"),
                Awaits.JOB_TIMEOUT, "import job " + url + " has not ended");
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static long count(JsonObject job, String counter) {
        return job.getJsonNumber(counter).longValue();
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(path.startsWith("http") ? path : base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
