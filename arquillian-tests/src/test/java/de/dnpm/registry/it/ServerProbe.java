package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The client side of {@link ItProbeResource}, for tests that run outside the server: waits for imports and the
 * index to settle (the same condition as {@link Awaits#settled} inside), starts and follows import jobs, reads
 * database counts.
 */
final class ServerProbe {

    private static final long POLL_MILLIS = 200;

    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerProbe(URL base) {
        this.api = base.toString() + "api/it/";
    }

    JsonObject activity() {
        return json(get("activity"));
    }

    /** Until no import job is live and the index holds every committed change (see {@link ServerActivity}). */
    JsonObject awaitSettled() {
        return until(this::activity, a -> a.getBoolean("settled"), Awaits.SETTLE_TIMEOUT,
                "imports and index not settled");
    }

    JsonObject submit(Path input) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "imports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(input.toString())));
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    JsonObject job(long id) {
        return json(get("imports/" + id));
    }

    JsonObject awaitJobEnd(long id, Duration timeout) {
        return until(() -> job(id), job -> !job.getString("state").matches("QUEUED|RUNNING"), timeout,
                "import job " + id + " has not ended");
    }

    JsonObject indexCommit() {
        return json(get("index/commit"));
    }

    /** Sets a {@code registry.upload.*} setting in the server (null clears it). */
    void setting(String name, String value) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "settings/" + name))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(value == null ? "" : value)));
        assertEquals(204, response.statusCode(), response.body());
    }

    /** {@code spooled}: uploads waiting on the server's disk; {@code jobs}: import jobs recorded. */
    JsonObject uploads() {
        return json(get("uploads"));
    }

    JsonObject database() {
        return json(get("database"));
    }

    /** The database's own report on in-doubt and open transactions (for failure messages). */
    String transactionReport() {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "database/transactions")).GET());
            return response.body();
        } catch (RuntimeException e) {
            return "no transaction report: " + e;
        }
    }

    /** Which studies the index and the database disagree on (for failure messages). */
    String indexDifferences() {
        try {
            return send(HttpRequest.newBuilder(URI.create(api + "index/differences")).GET()).body();
        } catch (RuntimeException e) {
            return "no index report: " + e;
        }
    }

    long absentNctIds(Collection<String> nctIds) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "registry-ids/absent"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", nctIds))));
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().strip());
    }

    /** Whether the probe answers at all (the application is deployed and started). */
    boolean answers() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(api + "activity")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static <T> T until(java.util.function.Supplier<T> probe, Predicate<T> done, Duration timeout, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail(failure + " after " + timeout.toSeconds() + " s: " + last);
            }
            pause();
            last = probe.get();
        }
        return last;
    }

    private String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the test probe did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
