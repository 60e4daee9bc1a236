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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety: GlassFish is killed (SIGKILL) while an import job is writing, started again, and the same import is
 * run again. Afterwards the database and the index are exactly what one uninterrupted run gives: one study per
 * record, each with its one registry entry, no registry id twice, and an index equal to the database. The records
 * are the 4,370 real XML records under renumbered NCT numbers ({@link RenumberedXmlCorpus}), so they are new whatever
 * other ITs imported and the expected counts are exact. Runs outside the server (it dies), reading the server's
 * state through the test-only probe and the public search API. Named to
 * run last of the ITs (failsafe runs them alphabetically); it leaves the domain running with the test application
 * deployed, as Arquillian expects, so Arquillian undeploys it and stops the domain as usual.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UncleanShutdownIT {

    private static final System.Logger LOG = System.getLogger(UncleanShutdownIT.class.getName());

    /** 4,370 real legacy XML records (one file each), imported here renumbered: about nine batches. */
    private static final String FOLDER = "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset";
    private static final Duration FIRST_COMMIT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DURABLE_AFTER = Duration.ofMillis(Long.getLong("it.crash.durable.millis", 2000));
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("crash-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importCutOffByAKilledServerEndsAsOneUninterruptedRunWhenRunAgain() throws Exception {
        ServerProbe probe = new ServerProbe(base);
        probe.awaitSettled();
        Path folder = Files.createTempDirectory("registry-it-crash");
        try {
            Set<String> records = RenumberedXmlCorpus.copy(Deployments.sharedData(FOLDER), folder);
            assertEquals(records.size(), probe.absentNctIds(records), "the renumbered records are new here");
            cutOffAndRunAgain(probe, folder, records);
        } finally {
            RenumberedXmlCorpus.delete(folder);
        }
    }

    private void cutOffAndRunAgain(ServerProbe probe, Path folder, Set<String> records) throws Exception {
        long studiesBefore = probe.database().getJsonNumber("studies").longValue();
        long start = System.nanoTime();

        long jobId = probe.submit(folder).getJsonNumber("id").longValue();
        JsonObject running = ServerProbe.until(() -> probe.job(jobId),
                job -> count(job, "read") > 0 || !job.getString("state").matches("QUEUED|RUNNING"),
                FIRST_COMMIT_TIMEOUT, "no batch of job " + jobId + " committed");
        assertEquals("RUNNING", running.getString("state"), () -> "killed while still writing: " + running);
        // H2 writes a commit to its file a little after it returned (WRITE_DELAY): give the first batch time to be
        // durable, so that the run again usually resumes rather than starts over (PostgreSQL needs no wait)
        Thread.sleep(DURABLE_AFTER.toMillis());
        GlassFishDomain domain = new GlassFishDomain();
        domain.kill();
        log("killed GlassFish after " + count(running, "read") + " records committed", start);
        domain.start();
        ServerProbe.until(probe::answers, answers -> answers, RESTART_TIMEOUT, "the application did not come back");
        log("GlassFish and the application are back", start);

        JsonObject interrupted = probe.job(jobId);
        assertEquals("INTERRUPTED", interrupted.getString("state"), interrupted::toString);
        assertTrue(count(interrupted, "created") < records.size(),
                () -> "not all records were committed before the kill: " + interrupted);
        if (count(interrupted, "read") < count(running, "read")) {
            // H2 writes commits to its file a little later (WRITE_DELAY): batches reported committed can be lost by a
            // kill, together with their counters; the import must then simply start them over
            LOG.log(System.Logger.Level.WARNING, "the database lost {0} of the {1} records reported committed before "
                    + "the kill", count(running, "read") - count(interrupted, "read"), count(running, "read"));
        }

        Rerun rerun = runAgain(probe, folder, domain);
        JsonObject again = rerun.job();
        long committedBefore = count(interrupted, "created") + rerun.createdByStalledRun();
        log("the import run again has ended: " + again, start);
        assertEquals("COMPLETED", again.getString("state"), again::toString);
        probe.awaitSettled();
        log("index settled", start);

        // exactly what one uninterrupted run gives: every record once, as a new study, each with its one entry
        assertEquals(committedBefore, count(again, "unchanged"),
                () -> "what was committed before the kill is recognised, nothing else: " + interrupted + " / " + again);
        assertEquals(records.size(), committedBefore + count(again, "created"),
                () -> "each record made exactly one study across both runs: " + interrupted + " / " + again);
        assertEquals(0, count(again, "updated") + count(again, "olderVersions"), again::toString);
        JsonObject database = probe.database();
        assertEquals(studiesBefore + records.size(), database.getJsonNumber("studies").longValue(),
                database::toString);
        assertEquals(0, probe.absentNctIds(records), "every record has its entry");
        assertEquals(0, database.getJsonArray("registryIdsOfSeveralStudies").size(), database::toString);
        assertEquals(0, database.getJsonNumber("studiesWithoutEntry").longValue(), database::toString);
        assertEquals(0, database.getJsonNumber("studiesWithTwoOfOneRegistry").longValue(), database::toString);
        assertIndexEqualsDatabase(probe, database);
    }

    /** The public search: as many studies as the database, and status facet counts equal to its GROUP BY. */
    private void assertIndexEqualsDatabase(ServerProbe probe, JsonObject database)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/studies?size=1"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject search = json(response.body());
        assertEquals(database.getJsonNumber("studies").longValue(), search.getJsonNumber("total").longValue(),
                () -> "studies in the index: " + probe.indexDifferences());
        Map<String, Long> indexed = search.getJsonObject("facets").getJsonArray("status")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("value"), f -> f.getJsonNumber("count").longValue(),
                        Long::sum, TreeMap::new));
        Map<String, Long> stored = database.getJsonObject("studiesByStatus").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Long.parseLong(e.getValue().toString()),
                        Long::sum, TreeMap::new));
        assertEquals(stored, indexed, "status facet = database GROUP BY");
    }

    /**
     * Runs the import again until it ends. On H2 only, a run that stalls inside the database (an H2 2.5 defect after
     * kill -9, seen about once in twenty CI runs: one INSERT runs forever, no lock held against it) is recorded with
     * the server's threads, the server killed and started again, and the import run once more; the end state must
     * then still be exact. On PostgreSQL a stall fails the test at once. Decision 002 records this.
     */
    private Rerun runAgain(ServerProbe probe, Path folder, GlassFishDomain domain)
            throws IOException, InterruptedException {
        long againId = probe.submit(folder).getJsonNumber("id").longValue();
        JsonObject again = awaitEndWithProgress(probe, againId, domain, !Deployments.usesPostgres());
        if (again != null) {
            return new Rerun(again, 0);
        }
        JsonObject stalled = probe.job(againId);
        assertEquals("INTERRUPTED", stalled.getString("state"), stalled::toString);
        long onceMoreId = probe.submit(folder).getJsonNumber("id").longValue();
        return new Rerun(awaitEndWithProgress(probe, onceMoreId, domain, false), count(stalled, "created"));
    }

    /** The run that ended, and what a stalled run before it had committed. */
    private record Rerun(JsonObject job, long createdByStalledRun) {
    }

    /**
     * Until the job ends; when no batch commits for {@link #STALL_TIMEOUT}, the database's report on its transactions
     * and the server's threads are taken, and the domain killed and started once more (a writer stuck inside the
     * database would also block the undeployment; the stuck job ends as INTERRUPTED). Then returns null when a stall
     * is tolerated, else fails.
     */
    private static JsonObject awaitEndWithProgress(ServerProbe probe, long jobId, GlassFishDomain domain,
            boolean tolerateStall) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + IMPORT_TIMEOUT.toNanos();
        JsonObject job = probe.job(jobId);
        long lastRead = -1;
        long lastProgress = System.nanoTime();
        while (job.getString("state").matches("QUEUED|RUNNING")) {
            if (count(job, "read") != lastRead) {
                lastRead = count(job, "read");
                lastProgress = System.nanoTime();
            }
            long now = System.nanoTime();
            if (now - lastProgress > STALL_TIMEOUT.toNanos()) {
                String report = probe.transactionReport();
                String threads = databaseFrames(domain.threadDump("stall-job-" + jobId + "-threads.txt"));
                domain.kill();
                domain.start();
                ServerProbe.until(probe::answers, answers -> answers, RESTART_TIMEOUT, "the application did not come back");
                String stall = "no batch of job " + jobId + " committed for " + STALL_TIMEOUT.toSeconds() + " s: " + job
                        + "\n" + report + "\n" + threads;
                if (!tolerateStall) {
                    fail(stall);
                }
                LOG.log(System.Logger.Level.WARNING, "H2 stalled; the server was killed and started again, the import "
                        + "runs once more: {0}", stall);
                return null;
            }
            assertTrue(now < deadline, "job " + jobId + " has not ended: " + job);
            ServerProbe.pause();
            job = probe.job(jobId);
        }
        return job;
    }

    /** The stack traces of the thread dump that pass through the database driver. */
    private static String databaseFrames(String threadDump) {
        return java.util.Arrays.stream(threadDump.split("\n\n"))
                .filter(thread -> thread.contains("org.h2.") || thread.contains("org.postgresql."))
                .collect(Collectors.joining("\n\n"));
    }

    private static long count(JsonObject job, String counter) {
        return job.getJsonNumber(counter).longValue();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void log(String what, long start) {
        LOG.log(System.Logger.Level.INFO, "{0} s: {1}", (System.nanoTime() - start) / 1_000_000_000, what);
    }
}
