package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.domain.ImportLimits;
import jakarta.json.JsonException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches studies from the ClinicalTrials.gov API v2 ({@code GET /studies}) page by page for a scheduled sync, politely:
 * at most 50 requests a minute, backing off when the server is busy or failing, with a User-Agent that names us.
 */
public final class CtgovApiClient {

    public static final URI DEFAULT_BASE_URI = URI.create("https://clinicaltrials.gov/api/v2");

    /** 60 s / 50: the rate the API's operators ask clients to stay under (about 50 requests per minute). */
    static final Duration REQUEST_SPACING = Duration.ofMillis(1200);
    static final int MAX_RETRIES = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    /** A Retry-After longer than this ends the sync instead: the next scheduled run is the better retry. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** For the whole response, body included: HttpRequest.timeout alone only covers the wait for the headers. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(5);
    static final String USER_AGENT = "DNPM-Study-Registry-Portal/0.1 (ClinicalTrials.gov sync; java.net.http)";
    private static final int ERROR_SNIPPET_BYTES = 1024;

    private static final System.Logger LOG = System.getLogger(CtgovApiClient.class.getName());

    private final URI baseUri;
    private final HttpClient http;
    private final InstantSource clock;
    private final RequestPacer pacer;

    public CtgovApiClient() {
        this(DEFAULT_BASE_URI);
    }

    public CtgovApiClient(URI baseUri) {
        this(baseUri, InstantSource.system(), Thread::sleep);
    }

    /** A client on another clock (tests: fake time, so pauses are recorded rather than slept). */
    CtgovApiClient(URI baseUri, InstantSource clock, Sleeper sleeper) {
        if (!"https".equals(baseUri.getScheme()) && !"http".equals(baseUri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URI: " + baseUri);
        }
        this.baseUri = baseUri;
        this.clock = clock;
        this.pacer = new RequestPacer(clock, sleeper, REQUEST_SPACING);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Fetches every page of {@code query} and hands each to {@code pages}, in order, until a page has no
     * nextPageToken or no studies. Returns the number of pages. Throws {@link CtgovApiException} when the API refuses a
     * request or still fails after {@value #MAX_RETRIES} retries; pages handed over before stay handed over.
     */
    public int fetchStudies(CtgovStudyQuery query, CtgovPageConsumer pages) throws IOException, InterruptedException {
        String token = null;
        int count = 0;
        while (true) {
            URI uri = query.uri(baseUri, token);
            // The next request needs this page's nextPageToken, which the API writes after the studies. A page is
            // small enough to hold (100 studies are ~3 MB, 1000 ~30 MB; capped), so it is buffered and read twice:
            // here for the token, skipping the studies, and by the consumer for the studies.
            byte[] body = get(uri);
            ApiPageEnd end;
            try {
                end = ApiPageEnd.of(body);
            } catch (JsonException e) {
                throw new CtgovApiException(uri, 200, "not an API page: " + e.getMessage(), e);
            }
            count++;
            pages.accept("ClinicalTrials.gov API page " + count, new ByteArrayInputStream(body));
            LOG.log(System.Logger.Level.DEBUG, "page {0} from {1}, nextPageToken {2}", count, uri, end.nextPageToken());
            if (end.nextPageToken() == null || end.noStudies()) {
                LOG.log(System.Logger.Level.INFO, "ClinicalTrials.gov sync fetched {0} pages", count);
                return count;
            }
            if (end.nextPageToken().equals(token)) {
                throw new CtgovApiException(uri, 200, "the page names itself as the next page", null);
            }
            token = end.nextPageToken();
        }
    }

    /** The body of a 200 answer to {@code uri}, retrying on 429, 5xx and failures without an answer. */
    private byte[] get(URI uri) throws IOException, InterruptedException {
        for (int retry = 0; ; retry++) {
            pacer.awaitTurn();
            HttpResponse<byte[]> response;
            try {
                response = send(uri);
            } catch (IOException e) {
                if (retry == MAX_RETRIES) {
                    throw new CtgovApiException(uri, 0, "no answer after " + MAX_RETRIES + " retries: " + e, e);
                }
                pauseBeforeRetry(uri, "no answer (" + e + ")", backoff(retry));
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            String message = new String(response.body(), StandardCharsets.UTF_8).strip();
            if (status != 429 && status < 500) {
                throw new CtgovApiException(uri, status, message.isEmpty() ? "request refused" : message, null);
            }
            if (retry == MAX_RETRIES) {
                throw new CtgovApiException(uri, status, "still failing after " + MAX_RETRIES + " retries"
                        + (message.isEmpty() ? "" : ": " + message), null);
            }
            Duration wait = retryAfter(response).orElse(backoff(retry));
            if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                throw new CtgovApiException(uri, status, "asks to retry only after " + wait.toSeconds() + " s", null);
            }
            pauseBeforeRetry(uri, "HTTP " + status, wait);
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(RESPONSE_TIMEOUT)
                .header("User-Agent", USER_AGENT).header("Accept", "application/json").build();
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, info -> info.statusCode() == 200
                ? new CappedBody(ImportLimits.MAX_API_PAGE_BYTES, false)
                : new CappedBody(ERROR_SNIPPET_BYTES, true));
        try {
            return response.get(RESPONSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("no complete response within " + RESPONSE_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private void pauseBeforeRetry(URI uri, String why, Duration wait) throws InterruptedException {
        LOG.log(System.Logger.Level.WARNING, "{0}: {1}, retrying in {2} s", uri, why, wait.toMillis() / 1000.0);
        pacer.pause(wait);
    }

    /** 2 s, 4 s, 8 s ... doubling with each retry, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int retry) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(retry, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** RFC 9110 section 10.2.3: Retry-After is either delay-seconds or an HTTP-date. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
