package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.SourceVersionView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobProblem;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.infrastructure.ImportJobRepository;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside GlassFish against the real WAR and its database (H2 or PostgreSQL), through the real import jobs:
 * imports are idempotent, a changed record updates the study and keeps the previous source version, the index
 * follows each commit, and bad records are reported while the rest goes in. Waits first for the bundled sample,
 * which the WAR's start-up queues as an import job.
 */
@ExtendWith(ArquillianExtension.class)
class StudyImportIT {

    private static final String NSCLC_FILE = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";
    private static final String XML_FILE = "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx/NCT00000102.xml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("import-it.war")
                .addAsResource(Deployments.sharedData(NSCLC_FILE).toFile(), "it-data/nsclc.json")
                .addAsResource(Deployments.sharedData(XML_FILE).toFile(), "it-data/NCT00000102.xml");
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    ImportJobRepository jobRepository;

    @Inject
    StudyCatalog catalog;

    @Inject
    StudyRepository repository;

    @Inject
    StudyIndexer indexer;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void sampleImported() {
        Awaits.importsDone(jobs, indexer);
    }

    /** No job may still be writing when the application is undeployed (see Awaits). */
    @AfterEach
    void importsDoneBeforeUndeploy() {
        Awaits.importsDone(jobs, indexer);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        importBytes("nsclc.json", ItData.bytes("nsclc.json"));
        long studies = repository.count();
        long sources = repository.countSourceDocuments();

        ImportJobView again = importBytes("nsclc.json", ItData.bytes("nsclc.json"));

        assertEquals(100, again.read());
        assertEquals(100, again.unchanged(), () -> "every record was stored before with the same content: " + again);
        assertEquals(0, again.created() + again.updated() + again.olderVersions() + again.failed());
        assertEquals(studies, repository.count());
        assertEquals(sources, repository.countSourceDocuments());
    }

    @Test
    void changedRecordUpdatesTheStudyKeepsThePreviousVersionAndIsSearchableAfterCommit() {
        String original = ItData.text("NCT00000102.xml");
        importBytes("NCT00000102.xml", ItData.utf8(original));
        String marker = "zzmarker" + UUID.randomUUID().toString().replace("-", "");
        // A newer version of the real record: same study, new title word, later update date.
        String changed = original.replaceFirst("<brief_title>", "<brief_title>" + marker + " ")
                .replaceFirst("<last_update_posted type=\"[^\"]*\">[^<]*</last_update_posted>",
                        "<last_update_posted type=\"Actual\">December 31, 2099</last_update_posted>");

        ImportJobView job = importBytes("NCT00000102-changed.xml", ItData.utf8(changed));

        assertEquals(1, job.updated(), job::toString);
        Study study = catalog.findByRegistryId("NCT00000102").orElseThrow();
        assertTrue(study.getBriefTitle().startsWith(marker));
        List<SourceVersionView> versions = catalog.sourceVersions("NCT00000102", 0, 100).orElseThrow();
        assertTrue(versions.size() >= 2, "the previous source version is kept");
        List<String> contents = versions.stream()
                .map(v -> catalog.sourceContent("NCT00000102", v.id()).orElseThrow().content()).toList();
        assertTrue(contents.contains(original), "original kept verbatim");
        assertTrue(contents.contains(changed));
        assertEquals(1, versions.stream().filter(SourceVersionView::current).count());
        assertTrue(versions.stream().filter(SourceVersionView::current).allMatch(v -> "2099-12-31".equals(v.versionDate())),
                versions::toString);

        StudyHits hits = searchUntilFound(marker);
        assertEquals(1, hits.total(), "the index follows the committed change");
        assertEquals("NCT00000102", hits.hits().getFirst().primaryRegistryId());
    }

    @Test
    void malformedRecordIsReportedWithItsPositionAndTheRestIsImported() throws Exception {
        JsonObject first = CtgovJson.studies(ItData.text("nsclc.json")).getFirst();
        // Two real studies with a broken one (no identification at all) between them.
        String broken = "{\"protocolSection\":{\"statusModule\":{\"overallStatus\":\"RECRUITING\"}}}";
        String json = "[" + first + "," + broken + "," + first + "]";

        ImportJobView job = importBytes("with-broken-record.json", ItData.utf8(json));

        assertEquals(ImportJobState.COMPLETED, job.state());
        assertEquals(3, job.read(), job::toString);
        assertEquals(2, job.created() + job.updated() + job.unchanged() + job.olderVersions(), job::toString);
        assertEquals(1, job.failed());
        List<ImportJobProblem> problems = problems(job.id());
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().getPosition().startsWith("study #2"), problems.getFirst().getPosition());
        assertEquals("with-broken-record.json", problems.getFirst().getSource());
    }

    @Test
    void recordTheDatabaseRefusesIsReportedAndItsBatchNeighboursAreStored() throws Exception {
        // Synthetic ids (NCT9999999x do not exist): a copy of a real record whose title is longer than its column.
        String original = ItData.text("NCT00000102.xml");
        String tooLong = original.replace("NCT00000102", "NCT99999991")
                .replaceFirst("<brief_title>", "<brief_title>" + "x".repeat(5000));
        String fine = original.replace("NCT00000102", "NCT99999992");
        byte[] zip = ItData.zip(Map.of("a/NCT99999991.xml", tooLong, "a/NCT99999992.xml", fine));

        ImportJobView job = importBytes("refused.zip", zip);

        assertEquals(ImportJobState.COMPLETED, job.state());
        assertEquals(1, job.failed(), job::toString);
        List<ImportJobProblem> problems = problems(job.id());
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("NCT99999991", problems.getFirst().getRecordId());
        assertTrue(catalog.findByRegistryId("NCT99999992").isPresent());
        assertTrue(catalog.findByRegistryId("NCT99999991").isEmpty(), "nothing half-written");
    }

    @Test
    void facetCountsEqualDatabaseCounts() {
        Awaits.settled(jobs, indexer);
        StudyHits all = catalog.search(new StudyQuery("", Map.of(), null, 0, 1));
        Map<String, Long> indexed = all.facets().get(Facet.STATUS).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, TreeMap::new));
        Map<String, Long> stored = repository.countByStatus().stream().filter(row -> row[0] != null)
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1], Long::sum, TreeMap::new));

        assertEquals(stored, indexed);
        assertEquals(repository.count(), all.total());
        assertTrue(stored.keySet().containsAll(Set.of("RECRUITING", "COMPLETED")));
    }

    @Test
    void indexRebuiltFromTheDatabaseAnswersExactlyAsTheIncrementalOne() {
        Awaits.settled(jobs, indexer);
        List<StudyQuery> queries = List.of(StudyQuery.of("EGFR"), StudyQuery.of("lung cancer"),
                new StudyQuery("", Map.of(Facet.COUNTRY, Set.of("DE")), null, 0, 50),
                new StudyQuery("cancer", Map.of(Facet.STATUS, Set.of("RECRUITING")), 50, 0, 50));
        List<StudyHits> incremental = queries.stream().map(catalog::search).toList();

        indexer.rebuild();
        Awaits.settled(jobs, indexer);

        List<StudyHits> rebuilt = queries.stream().map(catalog::search).toList();
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i).toString();
            assertEquals(incremental.get(i).total(), rebuilt.get(i).total(), query);
            assertEquals(incremental.get(i).facets(), rebuilt.get(i).facets(), query);
            // BM25's statistics count replaced documents until Lucene merges them away, so near-equal scores may
            // swap between an index fed change by change and one rebuilt at once: the best ten stay among the best
            List<String> before = ids(incremental.get(i));
            List<String> after = ids(rebuilt.get(i));
            assertTrue(after.containsAll(before.subList(0, Math.min(10, before.size()))), query + ": " + before
                    + " / " + after);
            assertTrue(before.containsAll(after.subList(0, Math.min(10, after.size()))), query + ": " + before
                    + " / " + after);
        }
        assertTrue(incremental.getFirst().total() > 0);
    }

    @Test
    void studyIsFoundByAnyOfItsRegistryIds() {
        Study byNct = catalog.findByRegistryId("NCT02369484").orElseThrow();
        Study byEudraCt = catalog.findByRegistryId("2014-005098-35").orElseThrow();

        Study bySponsorNumber = catalog.findByRegistryId("ETOP 7-14").orElseThrow();

        assertEquals(byNct.getId(), byEudraCt.getId());
        assertEquals(byNct.getId(), bySponsorNumber.getId(), "the sponsor's protocol number, as the README promises");
        assertEquals("Afatinib in NSCLC With HER2 Mutation", byNct.getBriefTitle());
    }

    private static List<String> ids(StudyHits hits) {
        return hits.hits().stream().map(hit -> hit.primaryRegistryId()).toList();
    }

    private ImportJobView importBytes(String name, byte[] content) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes(name, content), null, "it");
        return Awaits.ended(jobs, job.id());
    }

    /** The job's kept problems, read in a transaction of the test's own (the facade for them needs ADMIN). */
    private List<ImportJobProblem> problems(long jobId) throws Exception {
        transaction.begin();
        try {
            return jobRepository.problems(jobId, 0, 100);
        } finally {
            transaction.commit();
        }
    }

    /** The index follows each committed batch within about a second; waits for that on a slow machine. */
    private StudyHits searchUntilFound(String text) {
        return Awaits.until(() -> catalog.search(StudyQuery.of(text)), hits -> hits.total() > 0,
                Duration.ofSeconds(20), "\"" + text + "\" not found in the index");
    }
}
