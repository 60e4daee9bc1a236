package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * TEST ONLY, never in the real WAR: what tests outside the server need to see inside it, under {@code /api/it}
 * (unauthenticated: it exists only in test deployments). The server's activity (imports and index), import jobs
 * started on any server path, and database counts the application does not publish.
 */
@Path("it")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItProbeResource {

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    StudyIndexer indexer;

    @Inject
    ItDatabase database;

    @Inject
    StudyCatalog catalog;

    @Inject
    de.dnpm.registry.infrastructure.RegistryConfiguration configuration;

    @Inject
    de.dnpm.registry.infrastructure.SearchIndex searchIndex;

    /** The server's activity, with the verdicts computed here, so client and container wait for the same thing. */
    @GET
    @Path("activity")
    public JsonObject activity() {
        ServerActivity now = ServerActivity.now(jobs, indexer);
        return Json.createObjectBuilder().add("liveJobs", now.liveJobs()).add("indexRebuilding", now.indexRebuilding())
                .add("indexIdle", now.indexIdle()).add("pendingIndexChanges", now.pendingIndexChanges())
                .add("importsDone", now.importsDone()).add("settled", now.settled()).build();
    }

    /** The data of the index's last Lucene commit (installation id, when it was committed). */
    @GET
    @Path("index/commit")
    public Map<String, String> indexCommit() throws java.io.IOException {
        return searchIndex.index().commitData();
    }

    /** Starts a job reading this absolute path (file or folder), as an administrator's server-path import would. */
    @POST
    @Path("imports")
    @Consumes(MediaType.TEXT_PLAIN)
    public ImportJobView submit(String path) {
        java.nio.file.Path input = java.nio.file.Path.of(path.strip());
        return runner.submit(ImportJob.Kind.SERVER_PATH, ImportInputs.file(input.getFileName().toString(), input),
                input.toString(), "it-probe");
    }

    @GET
    @Path("imports/{id: [0-9]+}")
    public ImportJobView job(@PathParam("id") long id) {
        return jobs.find(id).orElseThrow(NotFoundException::new);
    }

    /** Sets a {@code registry.upload.*} system property (an empty body clears it), as {@code asadmin} would. */
    @PUT
    @Path("settings/{name: registry\\.upload\\.[a-z.]+}")
    @Consumes(MediaType.TEXT_PLAIN)
    public void setting(@PathParam("name") String name, String value) {
        if (value == null || value.isBlank()) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value.strip());
        }
    }

    /** How many uploads wait in the spool folder, and how many import jobs exist. */
    @GET
    @Path("uploads")
    public JsonObject uploads() throws java.io.IOException {
        java.nio.file.Path spool = configuration.spoolDirectory();
        long spooled = 0;
        if (java.nio.file.Files.isDirectory(spool)) {
            try (var files = java.nio.file.Files.list(spool)) {
                spooled = files.count();
            }
        }
        return Json.createObjectBuilder().add("spooled", spooled).add("jobs", jobs.count()).build();
    }

    @GET
    @Path("database")
    public DatabaseCounts counts() {
        return database.counts();
    }

    /** In-doubt and open transactions and locks, as the database reports them (plain text). */
    @GET
    @Path("database/transactions")
    @Produces(MediaType.TEXT_PLAIN)
    public String transactions() {
        return database.transactionReport();
    }

    /**
     * The studies the index and the database disagree on, as text (for a failure message): ids of studies the index
     * lacks and of documents it holds for no study, as ranges, with when the missing ones were created.
     */
    @GET
    @Path("index/differences")
    @Produces(MediaType.TEXT_PLAIN)
    public String indexDifferences() {
        Set<Long> indexed = new TreeSet<>();
        for (int page = 0; ; page++) {
            List<StudyHit> hits = catalog.search(
                    new StudyQuery("", Map.of(), null, page, 200)).hits();
            hits.forEach(hit -> indexed.add(hit.studyId()));
            if (hits.size() < 200) {
                break;
            }
        }
        Set<Long> stored = new TreeSet<>(database.studyIds());
        Set<Long> missing = new TreeSet<>(stored);
        missing.removeAll(indexed);
        Set<Long> extra = new TreeSet<>(indexed);
        extra.removeAll(stored);
        return "database " + stored.size() + ", index " + indexed.size() + "; not in the index: " + ranges(missing)
                + database.createdBetween(missing) + "; in the index only: " + ranges(extra);
    }

    private static String ranges(Set<Long> ids) {
        StringBuilder text = new StringBuilder().append(ids.size()).append(" [");
        Long start = null;
        Long previous = null;
        for (Long id : ids) {
            if (previous == null || id != previous + 1) {
                if (start != null) {
                    text.append(start).append('-').append(previous).append(' ');
                }
                start = id;
            }
            previous = id;
        }
        if (start != null) {
            text.append(start).append('-').append(previous);
        }
        return text.append(']').toString();
    }

    /** How many of these NCT numbers (one per line) no registry entry has as its own id. */
    @POST
    @Path("registry-ids/absent")
    @Consumes(MediaType.TEXT_PLAIN)
    public long absent(String nctIds) {
        return database.absentNctIds(Arrays.stream(nctIds.split("\\R")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList()).size();
    }
}
