package de.dnpm.registry.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static de.dnpm.registry.it.AdminApi.count;
import static de.dnpm.registry.it.AdminApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The admin REST API of the real WAR, called over HTTP as an administrator's script would: who may call it (HTTP
 * Basic, role ADMIN), imports started from a raw upload, a form upload and a server path and followed to their end,
 * the problems of broken records as JSON and CSV, the refusals, and an index rebuild. The test-only
 * {@link ItReaderAccount} gives a signed-in caller who is no administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminImportRestIT {

    /** 100 real studies, a ClinicalTrials.gov "Download JSON" array. */
    private static final String REAL_JSON = "ctgov/ctgov-v2-json/dgg32-graph_bigquery/ctg-studies.json";
    /** 10 real studies, put into the server's import folder for the path import. */
    private static final String SMALL_JSON = "ctgov/ctgov-v2-json/dgg32-clinical-trials-public/ctg-studies.json";
    private static final String NSCLC_JSON = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";
    /** Legacy XML studies; StudyImportIT changes NCT00000102, so the form upload leaves that one out. */
    private static final String XML_FOLDER =
            "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx";
    private static final String PROBLEM = "urn:dnpm-registry:problem:";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("admin-rest-it.war").addClass(ItReaderAccount.class);
    }

    @ArquillianResource
    URL base;

    private ServerProbe probe;
    private AdminApi admin;

    /** The bundled sample is imported by a job the deployment only queues: wait for it and for the index. */
    @BeforeEach
    void sampleImportedAndIndexed() {
        probe = new ServerProbe(base);
        probe.awaitSettled();
        admin = AdminApi.administrator(base);
    }

    /** An application undeployed while a job writes can leave the H2 file locked for the next class (see Awaits). */
    @AfterEach
    void settledBeforeUndeploy() {
        probe.awaitSettled();
    }

    @Test
    void anonymousCallersAndWrongPasswordsAreAskedForBasicCredentials() {
        List<AdminApi> strangers = List.of(AdminApi.anonymous(base), AdminApi.as(base, AdminApi.ADMIN, "wrong"),
                AdminApi.as(base, "nobody", AdminApi.ADMIN_PASSWORD));
        long jobsBefore = jobTotal();
        for (AdminApi stranger : strangers) {
            for (HttpResponse<String> response : List.of(stranger.get(AdminApi.IMPORTS),
                    stranger.get("api/admin/index"), stranger.upload("refused.json", bytes(SMALL_JSON)),
                    stranger.postEmpty("api/admin/index/rebuild"))) {
                String what = response.request().method() + " " + response.uri();
                assertEquals(401, response.statusCode(), what + ": " + response.body());
                assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                        what + " names the Basic scheme: " + response.headers().map());
                assertProblem(response, "about:blank");
            }
        }
        assertEquals(jobsBefore, jobTotal(), "no refused upload became a job");
    }

    @Test
    void signedInReaderIsForbiddenTheAdminApi() {
        AdminApi reader = AdminApi.as(base, ItReaderAccount.USER, ItReaderAccount.PASSWORD);
        long jobsBefore = jobTotal();

        for (HttpResponse<String> response : List.of(reader.get(AdminApi.IMPORTS), reader.get("api/admin/index"),
                reader.upload("refused.json", bytes(SMALL_JSON)), reader.postEmpty("api/admin/index/rebuild"))) {
            String what = response.request().method() + " " + response.uri();
            assertEquals(403, response.statusCode(), what + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    what + ": " + response.headers().map());
        }
        assertEquals(jobsBefore, jobTotal(), "the reader's upload did not become a job");
        assertFalse(json(admin.get("api/admin/index").body()).getBoolean("rebuilding"), "no rebuild was started");
    }

    @Test
    void administratorListsTheJobsNewestFirst() {
        HttpResponse<String> response = admin.get(AdminApi.IMPORTS + "?page=0&size=100");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject page = json(response.body());
        List<JsonObject> jobs = page.getJsonArray("jobs").getValuesAs(JsonObject.class);
        assertTrue(page.getJsonNumber("total").longValue() >= 1, "the bundled sample's job at least: " + page);
        assertEquals(Math.min(100, page.getJsonNumber("total").longValue()), jobs.size());
        List<Long> ids = jobs.stream().map(job -> count(job, "id")).toList();
        assertEquals(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ids, "newest first");
        JsonObject sample = jobs.getLast();
        assertEquals("COMPLETED", sample.getString("state"), sample::toString);
        assertTrue(count(sample, "created") > 0 && count(sample, "failed") == 0, sample::toString);
        JsonObject one = json(admin.get(AdminApi.IMPORTS + "?page=0&size=1").body());
        assertEquals(1, one.getJsonArray("jobs").size());
        assertEquals(ids.getFirst(), count(one.getJsonArray("jobs").getJsonObject(0), "id"));
    }

    @Test
    void wadlIsNotServed() {
        HttpResponse<String> response = AdminApi.anonymous(base).get("api/application.wadl");

        assertEquals(404, response.statusCode(), response.body());
        assertFalse(response.body().contains("<application"), response.body());
    }

    /** Active when the IT domain was hardened (scripts/harden-domain.sh) and the build says so with -Dit.hardened. */
    @Test
    void responsesDoNotNameTheServerOrItsJavaOnAHardenedDomain() {
        assumeTrue("true".equals(System.getProperty("it.hardened")), "the IT domain is not hardened");
        AdminApi anonymous = AdminApi.anonymous(base);
        for (HttpResponse<String> response : List.of(anonymous.get(""), anonymous.get("api/studies?size=1"),
                anonymous.get(AdminApi.IMPORTS), anonymous.get("no-such-page.xhtml"), anonymous.get("api/no-such"),
                admin.get(AdminApi.IMPORTS))) {
            for (String header : List.of("Server", "X-Powered-By")) {
                response.headers().allValues(header).forEach(value -> assertFalse(
                        value.matches("(?i).*(glassfish|java|jdk|adoptium|temurin|servlet|jsp|grizzly|eclipse).*"),
                        header + " of " + response.uri() + " (" + response.statusCode() + "): " + value));
            }
        }
    }

    @Test
    void uploadedRealFileIsImportedAndTheSameFileAgainChangesNothing() {
        byte[] file = bytes(REAL_JSON);
        int records = CtgovJson.studies(new String(file, StandardCharsets.UTF_8)).size();

        HttpResponse<String> response = admin.upload("graph-bigquery.json", file);

        JsonObject accepted = assertAccepted(response);
        assertEquals("graph-bigquery.json", accepted.getString("source"));
        assertEquals(AdminApi.ADMIN, accepted.getString("startedBy"));
        JsonObject first = admin.awaitEnd(response.headers().firstValue("Location").orElseThrow());
        assertCompletedWithEveryRecordTaken(first, records);
        assertEquals(file.length, count(first, "bytesTotal"), first::toString);
        assertEquals(100, first.getInt("percent"));

        HttpResponse<String> named = admin.post(AdminApi.IMPORTS + "?name=graph-bigquery-again.json",
                "application/octet-stream", file);
        JsonObject again = admin.awaitEnd(assertAccepted(named).getString("url"));
        assertCompletedWithEveryRecordTaken(again, records);
        assertEquals(records, count(again, "unchanged"), () -> "every record is stored with this content: " + again);
        assertEquals("graph-bigquery-again.json", again.getString("source"));
    }

    @Test
    void formUploadOfAZipOfRealXmlStudiesIsImported() {
        List<Path> all = XmlStudyFiles.in(XML_FOLDER).stream()
                .filter(file -> !XmlStudyFiles.nctId(file).equals("NCT00000102")).toList();
        List<Path> studies = all.subList(all.size() - 20, all.size());

        HttpResponse<String> response = admin.uploadForm("ctgov-xml.zip", "application/zip",
                XmlStudyFiles.zip("NCT0000xxxx", studies));

        JsonObject done = admin.awaitEnd(assertAccepted(response).getString("url"));
        assertCompletedWithEveryRecordTaken(done, studies.size());
        assertEquals("ctgov-xml.zip", done.getString("source"));
        for (Path file : studies) {
            String nctId = XmlStudyFiles.nctId(file);
            HttpResponse<String> study = AdminApi.anonymous(base).get("api/studies/" + nctId);
            assertEquals(200, study.statusCode(), nctId + " is stored: " + study.body());
        }
    }

    @Test
    void fileInTheImportFolderIsImportedByItsRelativePath() throws IOException {
        Path folder = importFolder().resolve("admin-rest-it");
        Files.createDirectories(folder);
        Files.copy(Deployments.sharedData(SMALL_JSON), folder.resolve("clinical-trials-public.json"),
                StandardCopyOption.REPLACE_EXISTING);

        HttpResponse<String> response = admin.importServerPath("admin-rest-it/clinical-trials-public.json");

        JsonObject done = admin.awaitEnd(assertAccepted(response).getString("url"));
        assertCompletedWithEveryRecordTaken(done, CtgovJson.studies(Files.readString(
                Deployments.sharedData(SMALL_JSON))).size());
    }

    @Test
    void brokenRecordsAreListedWithTheirPositionsAsJsonAndAsCsv() {
        // Synthetic: study objects without any identification around a real study under an unused number.
        String broken = "{\"protocolSection\":{\"statusModule\":{\"overallStatus\":\"RECRUITING\"}}}";
        JsonObject good = CtgovJson.withNctId(CtgovJson.studies(text(NSCLC_JSON)).getFirst(), "NCT99900701");
        String file = "[" + broken + "," + good + "," + broken + "," + broken + "]";

        JsonObject done = admin.awaitEnd(assertAccepted(admin.upload("broken-records.json",
                file.getBytes(StandardCharsets.UTF_8))).getString("url"));

        assertEquals("COMPLETED", done.getString("state"), done::toString);
        assertEquals(4, count(done, "read"), done::toString);
        assertEquals(3, count(done, "failed"), done::toString);
        assertEquals(1, count(done, "created") + count(done, "updated") + count(done, "unchanged"), done::toString);
        HttpResponse<String> listed = admin.get(done.getString("problemsUrl"));
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject page = json(listed.body());
        assertEquals(count(done, "id"), count(page, "jobId"));
        List<JsonObject> problems = page.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(List.of(1L, 2L, 3L), problems.stream().map(p -> count(p, "sequence")).toList());
        List<Integer> positions = List.of(1, 3, 4);
        for (int i = 0; i < problems.size(); i++) {
            JsonObject problem = problems.get(i);
            assertTrue(problem.getString("position").startsWith("study #" + positions.get(i) + " "),
                    "the broken record's place in the file: " + problem);
            assertFalse(problem.getString("reason").isBlank(), problem::toString);
        }
        assertEquals(done.getString("url") + "/problems.csv", page.getString("csvUrl"));

        HttpResponse<String> csv = admin.get(page.getString("csvUrl"), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().map()::toString);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                csv.headers().map()::toString);
        List<String> lines = csv.body().lines().filter(line -> !line.isEmpty()).toList();
        assertEquals("sequence,severity,source,position,record_id,reason", lines.getFirst());
        assertEquals(1 + problems.size(), lines.size(), csv.body());
        for (int i = 0; i < problems.size(); i++) {
            assertTrue(lines.get(i + 1).startsWith((i + 1) + ",ERROR,"), lines.get(i + 1));
            assertTrue(lines.get(i + 1).contains("study #" + positions.get(i) + " "), lines.get(i + 1));
        }
    }

    @Test
    void refusedSourcesAreBadRequestsOrNotFoundAndStartNoJob() {
        long jobsBefore = jobTotal();

        HttpResponse<String> empty = admin.upload("empty.json", new byte[0]);
        HttpResponse<String> outside = admin.importServerPath("../../config");
        HttpResponse<String> missing = admin.importServerPath("admin-rest-it/no-such-file.json");

        assertEquals(400, empty.statusCode(), empty.body());
        assertProblem(empty, PROBLEM + "upload-empty");
        assertEquals(400, outside.statusCode(), outside.body());
        assertProblem(outside, PROBLEM + "outside-import-folder");
        assertFalse(outside.body().contains(importFolder().getParent().toString()), "no server path in the answer");
        assertEquals(404, missing.statusCode(), missing.body());
        assertProblem(missing, PROBLEM + "import-source-not-found");
        assertEquals(jobsBefore, jobTotal(), "no refused source became a job");
    }

    @Test
    void unknownJobIsNotFound() {
        for (String path : List.of("/999999999", "/999999999/problems", "/999999999/problems.csv")) {
            HttpResponse<String> response = admin.get(AdminApi.IMPORTS + path, "text/csv, application/json");
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertProblem(response, PROBLEM + "import-job-not-found");
        }
        HttpResponse<String> cancel = admin.postEmpty(AdminApi.IMPORTS + "/999999999/cancel");
        assertEquals(404, cancel.statusCode(), cancel.body());
    }

    @Test
    void finishedJobCannotBeCancelled() {
        JsonObject finished = json(admin.get(AdminApi.IMPORTS + "?size=1").body()).getJsonArray("jobs")
                .getJsonObject(0);
        String state = finished.getString("state");
        assertFalse(state.matches("QUEUED|RUNNING"), "settled, so the newest job has ended: " + finished);

        HttpResponse<String> response = admin.postEmpty(finished.getString("url") + "/cancel");

        assertEquals(409, response.statusCode(), response.body());
        assertProblem(response, PROBLEM + "import-job-ended");
        assertEquals(state, admin.job(finished.getString("url")).getString("state"), "the job is as it was");
    }

    @Test
    void indexRebuildRunsInTheBackgroundWhileSearchKeepsAnswering() {
        AdminApi anyone = AdminApi.anonymous(base);
        Set<String> cancerBefore = hitIds(anyone, "cancer");
        long indexedBefore = searchTotal(anyone, "");
        long studiesBefore = count(probe.database(), "studies");
        assertEquals(studiesBefore, indexedBefore, "before the rebuild, the index holds every study once");

        HttpResponse<String> response = admin.postEmpty("api/admin/index/rebuild");

        assertEquals(202, response.statusCode(), response.body());
        assertTrue(json(response.body()).getBoolean("rebuilding"), response.body());
        assertTrue(searchTotal(anyone, "cancer") > 0, "search answers during the rebuild");
        JsonObject status = ServerProbe.until(() -> json(admin.get("api/admin/index").body()),
                s -> !s.getBoolean("rebuilding"), Awaits.SETTLE_TIMEOUT, "the index rebuild has not ended");
        assertTrue(status.containsKey("pendingChanges"), status::toString);
        probe.awaitSettled();
        long studies = count(probe.database(), "studies");
        assertEquals(studiesBefore, studies, "a rebuild changes no study");
        List<String> indexed = hitIdList(anyone, "");
        assertEquals(studies, indexed.size(), () -> "the rebuilt index holds every study of the database once; "
                + "studies indexed twice: " + duplicates(indexed));
        Set<String> cancerAfter = hitIds(anyone, "cancer");
        assertEquals(cancerBefore, cancerAfter, () -> "the rebuilt index finds what the index found before it; only "
                + "before: " + difference(cancerBefore, cancerAfter) + ", only after: "
                + difference(cancerAfter, cancerBefore));
        HttpResponse<String> hits = anyone.get("api/studies?q=EGFR&size=5");
        assertEquals(200, hits.statusCode(), hits.body());
        assertEquals(5, json(hits.body()).getJsonArray("hits").size());
    }

    private JsonObject assertAccepted(HttpResponse<String> response) {
        assertEquals(202, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElse("");
        JsonObject job = json(response.body());
        assertTrue(job.getJsonNumber("id").longValue() > 0, job::toString);
        assertTrue(location.endsWith("/api/admin/imports/" + count(job, "id")), location);
        assertEquals(location, job.getString("url"));
        assertEquals(location + "/problems", job.getString("problemsUrl"));
        assertTrue(job.getString("state").matches("QUEUED|RUNNING|COMPLETED"), job::toString);
        return job;
    }

    private static void assertCompletedWithEveryRecordTaken(JsonObject job, int records) {
        assertEquals("COMPLETED", job.getString("state"), job::toString);
        assertEquals(records, count(job, "read"), job::toString);
        assertEquals(0, count(job, "failed"), job::toString);
        assertEquals(records, count(job, "created") + count(job, "updated") + count(job, "unchanged")
                + count(job, "olderVersions"), () -> "every record stored or recognised: " + job);
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.uri() + ": " + response.headers().map());
        JsonObject problem = json(response.body());
        assertEquals(type, problem.getString("type"), response.body());
        assertEquals(response.statusCode(), problem.getInt("status"), response.body());
    }

    private long jobTotal() {
        return json(admin.get(AdminApi.IMPORTS + "?size=1").body()).getJsonNumber("total").longValue();
    }

    private static Set<String> hitIds(AdminApi anyone, String query) {
        return new TreeSet<>(hitIdList(anyone, query));
    }

    /** The ids of every hit of the search, page by page. */
    private static List<String> hitIdList(AdminApi anyone, String query) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = anyone.get("api/studies?size=100&q=" + query + "&page=" + page);
            assertEquals(200, response.statusCode(), response.body());
            List<JsonObject> hits = json(response.body()).getJsonArray("hits").getValuesAs(JsonObject.class);
            hits.forEach(hit -> ids.add(hit.getString("id")));
            if (hits.size() < 100) {
                return ids;
            }
        }
    }

    private static Set<String> duplicates(List<String> ids) {
        Set<String> seen = new HashSet<>();
        return ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }

    private static long searchTotal(AdminApi anyone, String query) {
        HttpResponse<String> response = anyone.get("api/studies?size=1&q=" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("total").longValue();
    }

    /** The domain's import folder: registry.import.dir is not set for the ITs, so {@code <domain>/data/imports}. */
    private static Path importFolder() {
        return Path.of(System.getProperty("glassfish.home"), "glassfish", "domains", "domain1", "data", "imports");
    }

    private static byte[] bytes(String sharedFile) {
        try {
            return Files.readAllBytes(Deployments.sharedData(sharedFile));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String sharedFile) {
        return new String(bytes(sharedFile), StandardCharsets.UTF_8);
    }
}
