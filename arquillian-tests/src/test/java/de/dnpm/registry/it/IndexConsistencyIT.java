package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index cannot drift from the database: whatever path a change took (a new study, an update, a batch the
 * database refused and stored record by record), once the server has settled the index holds exactly the database's
 * studies, and an index rebuilt from the database holds exactly the same.
 */
@ExtendWith(ArquillianExtension.class)
class IndexConsistencyIT {

    private static final String XML_FILE = "ctgov/ctgov-xml/hantswilliams-clinicaltrials_trec_2022-sample/NCT00055354.xml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("index-it.war")
                .addAsResource(Deployments.sharedData(XML_FILE).toFile(), "it-data/NCT00055354.xml");
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    StudyIndexer indexer;

    @Inject
    StudyCatalog catalog;

    @Inject
    ItDatabase database;

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
    void indexHoldsExactlyTheDatabasesStudiesAfterImportsAndAfterARebuild() {
        // Synthetic copies of a real record under unused numbers; one has a title longer than its column, so the
        // database refuses the batch and its neighbours are stored (and must reach the index) one by one.
        String real = ItData.text("NCT00055354.xml");
        String refused = real.replace("NCT00055354", "NCT99900501")
                .replaceFirst("<brief_title>", "<brief_title>" + "x".repeat(5000));
        ImportJobView batch = importBytes("neighbours.zip", ItData.zip(Map.of(
                "NCT99900501.xml", refused,
                "NCT99900502.xml", real.replace("NCT00055354", "NCT99900502"),
                "NCT99900503.xml", real.replace("NCT00055354", "NCT99900503"))));
        assertEquals(1, batch.failed(), batch::toString);
        assertEquals(2, batch.created(), batch::toString);
        String newer = real.replace("NCT00055354", "NCT99900502")
                .replaceFirst("<overall_status>[^<]*</overall_status>", "<overall_status>Withdrawn</overall_status>")
                .replaceFirst("<last_update_posted type=\"[^\"]*\">[^<]*</last_update_posted>",
                        "<last_update_posted type=\"Actual\">December 31, 2099</last_update_posted>");
        ImportJobView update = importBytes("NCT99900502-newer.xml", ItData.utf8(newer));
        assertEquals(1, update.updated(), update::toString);

        Awaits.settled(jobs, indexer);
        assertIndexHoldsExactlyTheDatabasesStudies("after the imports");

        indexer.rebuild();
        Awaits.settled(jobs, indexer);
        assertIndexHoldsExactlyTheDatabasesStudies("after a rebuild");
    }

    private void assertIndexHoldsExactlyTheDatabasesStudies(String when) {
        DatabaseCounts stored = database.counts();
        StudyHits all = catalog.search(new StudyQuery("", Map.of(), null, 0, 1));
        assertEquals(stored.studies(), all.total(), when + ": as many studies in the index as in the database");
        Map<String, Long> indexedByStatus = new TreeMap<>();
        for (FacetCount count : all.facets().get(Facet.STATUS)) {
            indexedByStatus.put(count.value(), count.count());
        }
        assertEquals(stored.studiesByStatus(), indexedByStatus, when + ": status facet = database GROUP BY");
        assertEquals(database.studyIds(), indexedStudyIds(), when + ": the same studies");
    }

    /** Every study id in the index, ascending, read page by page. */
    private List<Long> indexedStudyIds() {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<StudyHit> hits = catalog.search(new StudyQuery("", Map.of(), null, page, 200)).hits();
            hits.forEach(hit -> ids.add(hit.studyId()));
            if (hits.size() < 200) {
                return ids.stream().sorted().toList();
            }
        }
    }

    private ImportJobView importBytes(String name, byte[] content) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes(name, content), null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());
        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        return ended;
    }
}
