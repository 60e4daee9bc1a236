package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.application.StudyReadModel;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study page and {@code GET /api/studies/{id}} read a study through StudyCatalog.study: a fixed, small number of
 * SQL statements whatever the study's size (it was 1 + 9 + 315 for the sample's largest study, one per site), counted
 * on the real server and database with the bundled sample.
 */
@ExtendWith(ArquillianExtension.class)
class StudyReadModelQueriesIT {

    /** An id lookup, the study, its sites, its entries and their links, with room for a secondary-id lookup. */
    private static final int MOST_STATEMENTS = 8;
    /** The sample's largest study: 315 sites in 27 countries. */
    private static final String LARGEST = "NCT05850520";
    /** A study of the sample with 3 sites. */
    private static final String SMALL = "NCT02576665";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("read-model-it.war").addClasses(SqlStatementCounter.class);
    }

    @Inject
    StudyCatalog catalog;

    @Inject
    SqlStatementCounter counter;

    @Inject
    ImportJobStore jobs;

    @Inject
    StudyIndexer indexer;

    @BeforeEach
    void sampleImported() {
        Awaits.importsDone(jobs, indexer);
    }

    @AfterEach
    void importsDoneBeforeUndeploy() {
        Awaits.importsDone(jobs, indexer);
    }

    @Test
    void theLargestStudyCostsAFixedNumberOfStatements() {
        SqlStatementCounter.Counted<Optional<StudyReadModel>> large = counter.count(() -> catalog.study(LARGEST));

        StudyReadModel study = large.value().orElseThrow();
        assertEquals(315, study.sites().size());
        assertEquals(27, study.sites().stream().map(StudyReadModel.Site::country).distinct().count());
        assertTrue(large.statements() >= 2, "the counter sees statements (else it counts nothing): "
                + large.statements());
        assertTrue(large.statements() <= MOST_STATEMENTS, () -> LARGEST + " cost " + large.statements()
                + " statements");
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheSites() {
        int small = counter.count(() -> catalog.study(SMALL)).statements();
        int large = counter.count(() -> catalog.study(LARGEST)).statements();
        int byOtherForm = counter.count(() -> catalog.study(" nct05850520 ")).statements();

        assertEquals(small, large, "3 sites or 315: the same statements");
        assertEquals(large, byOtherForm);
    }

    @Test
    void anEntryAloneCostsAFixedNumberOfStatementsToo() {
        SqlStatementCounter.Counted<Optional<StudyReadModel>> alone =
                counter.count(() -> catalog.entryAlone(LARGEST, LARGEST));

        assertEquals(315, alone.value().orElseThrow().sites().size());
        assertTrue(alone.statements() <= MOST_STATEMENTS + 1, () -> "the entry's stored version is one more: "
                + alone.statements());
    }

    @Test
    void anUnknownIdCostsAtMostTheTwoLookups() {
        SqlStatementCounter.Counted<Optional<StudyReadModel>> none = counter.count(() -> catalog.study("NCT00000000"));

        assertTrue(none.value().isEmpty());
        assertTrue(none.statements() <= 2, () -> "statements: " + none.statements());
    }
}
