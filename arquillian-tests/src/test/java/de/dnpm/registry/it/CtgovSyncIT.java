package de.dnpm.registry.it;

import com.sun.net.httpserver.HttpServer;
import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled ClinicalTrials.gov sync, inside GlassFish, against a local HTTP server on the loopback address that
 * replays two real API v2 pages (genomoncology's captured "phelan" search: 5 studies, then the 5 behind its
 * nextPageToken). The capture ends there, so the replay answers the second page's token with an empty page — not a
 * real response, only the end of the replay. The sync's job stores the 10 studies like any import.
 */
@ExtendWith(ArquillianExtension.class)
class CtgovSyncIT {

    private static final String PAGES = "ctgov/ctgov-v2-json/genomoncology-biomcp-api-responses/";
    private static final Pattern NEXT_TOKEN = Pattern.compile("\"nextPageToken\"\\s*:\\s*\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("sync-it.war")
                .addAsResource(Deployments.sharedData(PAGES + "search_phelan_limit5_20260811.json").toFile(),
                        "it-data/page1.json")
                .addAsResource(Deployments.sharedData(PAGES + "search_phelan_next_20260811.json").toFile(),
                        "it-data/page2.json");
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    StudyIndexer indexer;

    @Inject
    StudyCatalog catalog;

    @Test
    void syncFollowsThePagesAndStoresTheirStudies() throws IOException {
        Awaits.importsDone(jobs, indexer);
        String first = ItData.text("page1.json");
        String second = ItData.text("page2.json");
        String firstToken = token(first);
        String secondToken = token(second);
        List<String> queries = new CopyOnWriteArrayList<>();
        HttpServer replay = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        replay.createContext("/api/v2/studies", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            queries.add(query);
            String body = query.contains("pageToken=" + secondToken) ? "{\"studies\":[]}"
                    : query.contains("pageToken=" + firstToken) ? second : first;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        replay.start();
        try {
            URI api = URI.create("http://127.0.0.1:" + replay.getAddress().getPort() + "/api/v2");
            ImportJobView job = runner.submit(ImportJob.Kind.CTGOV_SYNC,
                    ImportInputs.ctgovApi(api, LocalDate.parse("2026-08-01")), api.toString(), "it");

            ImportJobView done = Awaits.ended(jobs, job.id());

            assertEquals(ImportJobState.COMPLETED, done.state(), done.toString());
            assertEquals(10, done.read(), done.toString());
            assertEquals(0, done.failed(), done.toString());
            assertEquals(3, queries.size(), "first page, the page behind its token, the end: " + queries);
            assertTrue(queries.getFirst().contains("filter.advanced=AREA[LastUpdatePostDate]RANGE[2026-08-01,MAX]"),
                    queries.getFirst());
            assertTrue(queries.get(1).contains("pageToken=" + firstToken), queries.get(1));
            for (String nct : nctIds(first + second)) {
                assertTrue(catalog.findByRegistryId(nct).isPresent(), nct + " stored");
            }
        } finally {
            replay.stop(0);
            Awaits.settled(jobs, indexer);
        }
    }

    private static String token(String page) {
        Matcher m = NEXT_TOKEN.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the captured page has no nextPageToken");
        }
        return m.group(1);
    }

    private static List<String> nctIds(String pages) {
        return Pattern.compile("\"nctId\"\\s*:\\s*\"(NCT\\d{8})\"").matcher(pages).results()
                .map(r -> r.group(1)).distinct().toList();
    }
}
