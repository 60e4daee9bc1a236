package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobProblem;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.infrastructure.ImportJobRepository;
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

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file of broken records cannot make a job hold or store unbounded problems: every failed record is counted, the
 * first {@link ImportLimits#MAX_PROBLEMS_KEPT} are kept with their positions, and the job still completes with the
 * file's good records stored.
 */
@ExtendWith(ArquillianExtension.class)
class ImportProblemLimitIT {

    private static final String NSCLC_FILE = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("problem-limit-it.war")
                .addAsResource(Deployments.sharedData(NSCLC_FILE).toFile(), "it-data/nsclc.json");
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    ImportJobRepository jobRepository;

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
    void problemsBeyondTheLimitAreCountedButNotKept() throws Exception {
        int brokenRecords = ImportLimits.MAX_PROBLEMS_KEPT + 234;
        // Synthetic: study objects without any identification, then a copy of a real study under an unused number.
        String broken = "{\"protocolSection\":{\"statusModule\":{\"overallStatus\":\"RECRUITING\"}}}";
        JsonObject good = CtgovJson.withNctId(CtgovJson.studies(ItData.text("nsclc.json")).getFirst(), "NCT99900601");
        String file = "[" + (broken + ",").repeat(brokenRecords) + good + "]";

        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes("broken.json", ItData.utf8(file)),
                null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());

        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        assertEquals(brokenRecords, ended.failed(), "every broken record is counted");
        assertEquals(brokenRecords + 1, ended.read(), ended::toString);
        assertEquals(1, ended.created(), "the good record after them is stored");
        transaction.begin();
        try {
            assertEquals(ImportLimits.MAX_PROBLEMS_KEPT, jobRepository.countProblems(job.id()));
            List<ImportJobProblem> kept = jobRepository.problems(job.id(), 0, brokenRecords);
            assertEquals(LongStream.rangeClosed(1, ImportLimits.MAX_PROBLEMS_KEPT).boxed().toList(),
                    kept.stream().map(ImportJobProblem::getSequence).toList(), "the first ones, in the order met");
            assertTrue(kept.getFirst().getPosition().startsWith("study #1 "), kept.getFirst().getPosition());
            assertTrue(kept.getLast().getPosition().startsWith("study #" + ImportLimits.MAX_PROBLEMS_KEPT + " "),
                    kept.getLast().getPosition());
        } finally {
            transaction.commit();
        }
    }
}
