package de.dnpm.registry.importer.ctgov;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.application.SourceFileReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client against a local server on the loopback interface that replays real API responses captured on
 * 2026-08-11 (genomoncology/biomcp test data): the first page of a Phelan-McDermid search with pageSize 5 and the page
 * its nextPageToken leads to. The third page of that search was never captured; each test says how the replay ends.
 */
class CtgovApiClientTest {

    private static final String API = "genomoncology-biomcp-api-responses/";
    private static final String FIRST_TOKEN = "ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw";
    private static final String SECOND_TOKEN = "ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4bmjeauvk_IQ";
    private static final List<String> FIRST_PAGE_IDS =
            List.of("NCT02710084", "NCT05105685", "NCT01525901", "NCT03493607", "NCT07119606");
    private static final List<String> SECOND_PAGE_IDS =
            List.of("NCT05187377", "NCT03836300", "NCT07014020", "NCT05025241", "NCT07281079");
    private static final CtgovStudyQuery SINCE_AUGUST = new CtgovStudyQuery(LocalDate.of(2026, 8, 1), 5);

    /** One request as the server saw it: its decoded query parameters, headers we check, and the fake time. */
    private record Request(Map<String, String> parameters, String userAgent, Instant at) {
    }

    /** A scripted answer: status, body, extra headers. */
    private record Answer(int status, byte[] body, Map<String, String> headers) {
        static Answer ok(byte[] body) {
            return new Answer(200, body, Map.of());
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private volatile Function<Request, Answer> script;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/studies", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void handsOverEveryPageInOrderFollowingTheTokens() throws Exception {
        // the replay serves the captured second page without its nextPageToken (removed here), so it is the last
        byte[] lastPage = withoutNextPageToken(realPage("search_phelan_next_20260811.json"));
        script = request -> Answer.ok(switch (String.valueOf(request.parameters().get("pageToken"))) {
            case "null" -> realPage("search_phelan_limit5_20260811.json");
            case FIRST_TOKEN -> lastPage;
            default -> throw new AssertionError("unexpected pageToken " + request.parameters().get("pageToken"));
        });
        RecordCollector studies = new RecordCollector();
        List<String> pageNames = new ArrayList<>();

        int pages = client().fetchStudies(SINCE_AUGUST, (name, body) -> {
            pageNames.add(name);
            new SourceFileReader().read(name, body, studies);
        });

        assertEquals(2, pages);
        assertEquals(List.of("ClinicalTrials.gov API page 1", "ClinicalTrials.gov API page 2"), pageNames);
        assertEquals(List.of(), studies.problems);
        List<String> expected = new ArrayList<>(FIRST_PAGE_IDS);
        expected.addAll(SECOND_PAGE_IDS);
        assertEquals(expected, studies.nctIds());

        assertEquals(2, requests.size());
        Map<String, String> first = requests.get(0).parameters();
        assertEquals(Map.of("format", "json", "pageSize", "5", "countTotal", "false",
                "filter.advanced", "AREA[LastUpdatePostDate]RANGE[2026-08-01,MAX]"), first);
        assertEquals(FIRST_TOKEN, requests.get(1).parameters().get("pageToken"));
        assertEquals("AREA[LastUpdatePostDate]RANGE[2026-08-01,MAX]", requests.get(1).parameters().get("filter.advanced"));
        assertTrue(requests.get(0).userAgent().startsWith("DNPM-Study-Registry-Portal/"), requests.get(0).userAgent());
        assertSpacedAtLeast(Duration.ofMillis(1200));
    }

    @Test
    void followsExactlyTheTokensTheServerSendsAndStopsAtAPageWithoutStudies() throws Exception {
        // both captured pages verbatim; the second's token asks for a third page, which was never captured: the
        // replay answers it with an empty page (not a real response), the API's other way of saying "no more"
        script = request -> Answer.ok(switch (String.valueOf(request.parameters().get("pageToken"))) {
            case "null" -> realPage("search_phelan_limit5_20260811.json");
            case FIRST_TOKEN -> realPage("search_phelan_next_20260811.json");
            case SECOND_TOKEN -> "{\"studies\": []}".getBytes(StandardCharsets.UTF_8);
            default -> throw new AssertionError("unexpected pageToken " + request.parameters().get("pageToken"));
        });
        RecordCollector studies = new RecordCollector();

        int pages = client().fetchStudies(new CtgovStudyQuery(null, 5),
                (name, body) -> new SourceFileReader().read(name, body, studies));

        assertEquals(3, pages);
        assertEquals(10, studies.records.size());
        assertEquals(List.of("null", FIRST_TOKEN, SECOND_TOKEN),
                requests.stream().map(r -> String.valueOf(r.parameters().get("pageToken"))).toList());
        // without a since-date there is no filter
        assertFalse(requests.get(0).parameters().containsKey("filter.advanced"));
        assertSpacedAtLeast(Duration.ofMillis(1200));
    }

    @Test
    void retriesA429AfterThePauseTheServerAsksFor() throws Exception {
        script = request -> requests.size() == 1
                ? new Answer(429, "Too Many Requests".getBytes(), Map.of("Retry-After", "7"))
                : Answer.ok(realPage("search_phelan_limit50_20260811.json"));
        RecordCollector studies = new RecordCollector();

        int pages = client().fetchStudies(SINCE_AUGUST, (name, body) -> new SourceFileReader().read(name, body, studies));

        assertEquals(1, pages);
        assertEquals(List.of("NCT02710084", "NCT05105685", "NCT01525901"), studies.nctIds());
        assertEquals(2, requests.size());
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
        assertEquals(Duration.ofSeconds(7), Duration.between(requests.get(0).at(), requests.get(1).at()));
    }

    @Test
    void givesUpAfterFiveRetriesOfAServerErrorNamingTheUrlAndStatus() {
        script = request -> new Answer(503, "Service Unavailable".getBytes(), Map.of());
        List<String> pageNames = new ArrayList<>();

        CtgovApiException failure = assertThrows(CtgovApiException.class,
                () -> client().fetchStudies(SINCE_AUGUST, (name, body) -> pageNames.add(name)));

        assertEquals(503, failure.status());
        assertTrue(failure.getMessage().contains(baseUri() + "/studies?format=json&pageSize=5"), failure.getMessage());
        assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
        // the first try and five retries, after pauses of 2, 4, 8, 16 and 32 s
        assertEquals(6, requests.size());
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L), time.sleeps().stream().map(Duration::toSeconds).toList());
        assertEquals(List.of(), pageNames);
    }

    @Test
    void failsAtOnceOnAClientErrorWithTheServersMessage() {
        script = request -> new Answer(400, "Invalid pageToken".getBytes(), Map.of());

        CtgovApiException failure = assertThrows(CtgovApiException.class,
                () -> client().fetchStudies(SINCE_AUGUST, (name, body) -> { }));

        assertEquals(400, failure.status());
        assertTrue(failure.getMessage().endsWith("answered HTTP 400: Invalid pageToken"), failure.getMessage());
        assertEquals(1, requests.size());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void acceptsPagesOfAtMostAThousandStudies() {
        assertEquals(1000, new CtgovStudyQuery(null, 1000).pageSize());
        assertThrows(IllegalArgumentException.class, () -> new CtgovStudyQuery(null, 1001));
        assertThrows(IllegalArgumentException.class, () -> new CtgovStudyQuery(null, 0));
    }

    @Test
    void encodesTheQueryParameters() {
        URI uri = SINCE_AUGUST.uri(URI.create("https://clinicaltrials.gov/api/v2/"), "a+b/c=");
        assertEquals("https://clinicaltrials.gov/api/v2/studies?format=json&pageSize=5&countTotal=false"
                + "&filter.advanced=AREA%5BLastUpdatePostDate%5DRANGE%5B2026-08-01%2CMAX%5D&pageToken=a%2Bb%2Fc%3D",
                uri.toString());
    }

    private CtgovApiClient client() {
        return new CtgovApiClient(baseUri(), time, time);
    }

    private URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
    }

    private void answer(HttpExchange exchange) throws IOException {
        Request request = new Request(parameters(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("User-Agent"), time.instant());
        requests.add(request);
        Answer answer;
        try {
            answer = script.apply(request);
        } catch (AssertionError e) {
            answer = new Answer(418, String.valueOf(e.getMessage()).getBytes(), Map.of());
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        exchange.getResponseBody().write(answer.body());
        exchange.close();
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private void assertSpacedAtLeast(Duration spacing) {
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.between(requests.get(i - 1).at(), requests.get(i).at());
            assertTrue(gap.compareTo(spacing) >= 0, "request " + (i + 1) + " only " + gap + " after the one before");
        }
    }

    private static byte[] realPage(String name) {
        try {
            return Files.readAllBytes(SharedData.ctgovJson(API + name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withoutNextPageToken(byte[] page) {
        JsonObject object = Json.createReader(new StringReader(new String(page, StandardCharsets.UTF_8))).readObject();
        return Json.createObjectBuilder(object).remove("nextPageToken").build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Time that passes only when someone sleeps; every sleep is recorded. */
    private static final class FakeTime implements InstantSource, Sleeper {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-08-11T02:00:00Z"));
        private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now.updateAndGet(t -> t.plus(duration));
        }

        List<Duration> sleeps() {
            return List.copyOf(sleeps);
        }
    }
}
