package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportReport;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyImporter;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside GlassFish against the real WAR and its database (H2 or PostgreSQL): imports are idempotent, a changed
 * record updates the study and keeps the previous source version, the index follows each commit, and bad records
 * are reported while the rest goes in. The WAR's own start-up has imported the bundled sample before these run.
 */
@ExtendWith(ArquillianExtension.class)
class StudyImportIT {

    private static final String NSCLC_FILE = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";
    private static final String XML_FILE = "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx/NCT00000102.xml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar("import-it.war")
                .addAsResource(Deployments.sharedData(NSCLC_FILE).toFile(), "it-data/nsclc.json")
                .addAsResource(Deployments.sharedData(XML_FILE).toFile(), "it-data/NCT00000102.xml");
    }

    @Inject
    StudyImporter importer;

    @Inject
    StudyCatalog catalog;

    @Inject
    StudyRepository repository;

    @Inject
    StudyIndexer indexer;

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        importResource("nsclc.json");
        long studies = repository.count();
        long sources = repository.countSourceDocuments();

        ImportReport again = importResource("nsclc.json");

        assertEquals(100, again.accepted());
        assertEquals(100, again.unchanged(), "every record was stored before with the same content hash");
        assertEquals(0, again.created() + again.updated());
        assertEquals(studies, repository.count());
        assertEquals(sources, repository.countSourceDocuments());
    }

    @Test
    void changedRecordUpdatesTheStudyKeepsThePreviousVersionAndIsSearchableAfterCommit() throws IOException {
        importResource("NCT00000102.xml");
        String original = text("NCT00000102.xml");
        String marker = "zzmarker" + UUID.randomUUID().toString().replace("-", "");
        // A newer version of the real record: same study, new title word, later update date.
        String changed = original.replaceFirst("<brief_title>", "<brief_title>" + marker + " ")
                .replaceFirst("<last_update_posted type=\"[^\"]*\">[^<]*</last_update_posted>",
                        "<last_update_posted type=\"Actual\">December 31, 2099</last_update_posted>");

        ImportReport report = importer.importStream("NCT00000102-changed.xml", stream(changed));

        assertEquals(1, report.updated(), () -> report.toString());
        Study study = catalog.findByRegistryId("NCT00000102").orElseThrow();
        assertTrue(study.getBriefTitle().startsWith(marker));
        List<SourceDocument> versions = catalog.sourcesOf("NCT00000102").orElseThrow();
        assertTrue(versions.size() >= 2, "the previous source version is kept");
        assertTrue(versions.stream().anyMatch(v -> v.getContent().equals(original)), "original kept verbatim");
        assertTrue(versions.stream().anyMatch(v -> v.getContent().equals(changed)));

        StudyHits hits = searchUntilFound(marker);
        assertEquals(1, hits.total(), "the index follows the committed change");
        assertEquals("NCT00000102", hits.hits().getFirst().primaryRegistryId());
    }

    @Test
    void malformedRecordIsReportedWithItsPositionAndTheRestIsImported() throws IOException {
        String studies = text("nsclc.json").strip();
        // Two real studies with a broken one (no identification at all) between them.
        String first = firstElement(studies);
        String broken = "{\"protocolSection\":{\"statusModule\":{\"overallStatus\":\"RECRUITING\"}}}";
        String json = "[" + first + "," + broken + "," + first + "]";

        ImportReport report = importer.importStream("with-broken-record.json", stream(json));

        assertEquals(2, report.accepted(), () -> report.toString());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().getFirst().position().startsWith("study #2"), () -> report.problems().toString());
    }

    @Test
    void recordTheDatabaseRefusesIsReportedAndItsBatchNeighboursAreStored() throws IOException {
        // Synthetic ids (NCT9999999x do not exist): a copy of a real record whose title is longer than any column.
        String original = text("NCT00000102.xml");
        String tooLong = original.replace("NCT00000102", "NCT99999991")
                .replaceFirst("<brief_title>", "<brief_title>" + "x".repeat(5000));
        String fine = original.replace("NCT00000102", "NCT99999992");
        byte[] zip = zipOf(Map.of("a/NCT99999991.xml", tooLong, "a/NCT99999992.xml", fine));

        ImportReport report = importer.importStream("refused.zip", new ByteArrayInputStream(zip));

        assertEquals(1, report.problems().size(), () -> report.toString());
        assertEquals("NCT99999991", report.problems().getFirst().recordId());
        assertTrue(catalog.findByRegistryId("NCT99999992").isPresent());
        assertTrue(catalog.findByRegistryId("NCT99999991").isEmpty(), "nothing half-written");
    }

    @Test
    void facetCountsEqualDatabaseCounts() {
        StudyHits all = awaitIndexHoldsEveryStudy();
        Map<String, Long> indexed = all.facets().get(Facet.STATUS).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        Map<String, Long> stored = repository.countByStatus().stream().filter(row -> row[0] != null)
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));

        assertEquals(stored, indexed);
        assertEquals(repository.count(), all.total());
        assertTrue(stored.keySet().containsAll(Set.of("RECRUITING", "COMPLETED")));
    }

    @Test
    void indexRebuiltFromTheDatabaseAnswersExactlyAsTheIncrementalOne() {
        awaitIndexHoldsEveryStudy();
        assertFalse(indexer.rebuildIfStale(), "an index kept up to date after each commit is not stale");
        List<StudyQuery> queries = List.of(StudyQuery.of("EGFR"), StudyQuery.of("lung cancer"),
                new StudyQuery("", Map.of(Facet.COUNTRY, Set.of("Germany")), null, 0, 50),
                new StudyQuery("cancer", Map.of(Facet.STATUS, Set.of("RECRUITING")), 50, 0, 50));
        List<StudyHits> incremental = queries.stream().map(catalog::search).toList();

        indexer.rebuild();

        List<StudyHits> rebuilt = queries.stream().map(catalog::search).toList();
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(incremental.get(i).total(), rebuilt.get(i).total(), queries.get(i).toString());
            assertEquals(ids(incremental.get(i)), ids(rebuilt.get(i)), queries.get(i).toString());
            assertEquals(incremental.get(i).facets(), rebuilt.get(i).facets(), queries.get(i).toString());
        }
        assertTrue(incremental.getFirst().total() > 0);
    }

    private static List<String> ids(StudyHits hits) {
        return hits.hits().stream().map(hit -> hit.primaryRegistryId()).toList();
    }

    @Test
    void studyIsFoundByAnyOfItsRegistryIds() {
        Study byNct = catalog.findByRegistryId("NCT02369484").orElseThrow();
        Study byEudraCt = catalog.findByRegistryId("2014-005098-35").orElseThrow();

        assertEquals(byNct.getId(), byEudraCt.getId());
        assertEquals("Afatinib in NSCLC With HER2 Mutation", byNct.getBriefTitle());
    }

    private StudyHits awaitIndexHoldsEveryStudy() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        StudyQuery all = new StudyQuery("", Map.of(), null, 0, 1);
        StudyHits hits = catalog.search(all);
        while (hits.total() != repository.count() && System.nanoTime() < deadline) {
            pause();
            hits = catalog.search(all);
        }
        return hits;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The index follows each committed batch; a short wait keeps the test robust on a slow machine. */
    private StudyHits searchUntilFound(String text) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        StudyHits hits = catalog.search(StudyQuery.of(text));
        while (hits.total() == 0 && System.nanoTime() < deadline) {
            pause();
            hits = catalog.search(StudyQuery.of(text));
        }
        return hits;
    }

    private ImportReport importResource(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return importer.importStream(name, in);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream("it-data/" + name);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first element of a JSON array of objects, found by bracket depth outside strings. */
    private static String firstElement(String array) {
        int depth = 0;
        boolean inString = false;
        for (int i = 1; i < array.length(); i++) {
            char c = array.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return array.substring(array.indexOf('{'), i + 1);
            }
        }
        throw new IllegalArgumentException("no element");
    }

    private static byte[] zipOf(Map<String, String> entries) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
