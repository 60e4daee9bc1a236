package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.infrastructure.StudyRepository;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which study a record belongs to: only the study of its own registry id. A record that names another trial's
 * number (as an old NCT alias or as a secondary id) never takes over that trial's study, and one registry id never
 * gets two studies, not even from two jobs importing the same records.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the second test imports B's folder, B included
class StudyIdentityIT {

    /** Real study A: the first of the NSCLC benchmark download (in the bundled sample). */
    private static final String NSCLC_FILE = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";
    private static final String STUDY_A = "NCT06576635";
    /**
     * Real study B: from the TREC 2022 XML sample, which neither the bundled sample nor another IT imports (the
     * bundled sample holds only 3 of its 65 studies, all with German sites).
     */
    private static final String TREC_SAMPLE = "ctgov/ctgov-xml/hantswilliams-clinicaltrials_trec_2022-sample";
    private static final String STUDY_B = "NCT00055081";
    private static final String STUDY_B_TITLE = "The Impact of Family CTI on Homeless Children";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("identity-it.war")
                .addAsResource(Deployments.sharedData(NSCLC_FILE).toFile(), "it-data/nsclc.json")
                .addAsResource(Deployments.sharedData(TREC_SAMPLE + "/" + STUDY_B + ".xml").toFile(),
                        "it-data/" + STUDY_B + ".xml");
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
    StudyRepository repository;

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
    @Order(1)
    void recordNeverTakesOverTheStudyWhoseNumberItNamesAsSecondary() {
        assertEquals(Set.of(STUDY_B), database.absentNctIds(List.of(STUDY_B)), STUDY_B + " must be new here");
        JsonObject realA = CtgovJson.study(ItData.text("nsclc.json"), STUDY_A);
        // Synthetic copies of the real study A under unused numbers, each naming the real B's NCT number: once as a
        // secondary id of type OTHER, once as an old NCT alias (the form a look-up by "any NCT id" would follow).
        JsonObject namingAsSecondary = CtgovJson.withSecondaryId(CtgovJson.withNctId(realA, "NCT99900101"), STUDY_B);
        JsonObject namingAsAlias = CtgovJson.withNctAlias(CtgovJson.withNctId(realA, "NCT99900102"), STUDY_B);
        ImportJobView copies = importBytes("a-copies-naming-b.json",
                ItData.utf8(CtgovJson.array(List.of(namingAsSecondary, namingAsAlias))));
        assertEquals(2, copies.created(), copies::toString);

        ImportJobView b = importBytes(STUDY_B + ".xml", ItData.bytes(STUDY_B + ".xml"));

        assertEquals(1, b.created(), () -> "B is a study of its own: " + b);
        assertEquals(0, b.updated(), b::toString);
        Study studyB = catalog.findByRegistryId(STUDY_B).orElseThrow();
        assertEquals(STUDY_B_TITLE, studyB.getBriefTitle());
        assertOnlyOwnId(studyB, STUDY_B);
        for (String copy : List.of("NCT99900101", "NCT99900102")) {
            Study a = catalog.findByRegistryId(copy).orElseThrow();
            assertEquals(CtgovJson.briefTitle(realA), a.getBriefTitle(), copy + " keeps A's title");
            assertOnlyOwnId(a, copy);
            assertTrue(a.getIdentifiers().stream().anyMatch(id -> !id.primaryId() && id.value().equals(STUDY_B)),
                    copy + " still names B as a secondary id");
            assertNotEquals(studyB.getId(), a.getId());
        }
    }

    @Test
    @Order(2)
    void sameRecordsInTwoJobsSubmittedTogetherMakeOneStudyEach() throws IOException {
        Path folder = ItData.shared(TREC_SAMPLE);
        Set<String> ids = nctIdsOfFiles(folder);
        Set<String> absent = database.absentNctIds(ids);
        long studiesBefore = repository.count();

        // Both queued before either runs: the second must find every study the first made, not make its own.
        ImportJobView first = runner.submit(ImportJob.Kind.SERVER_PATH, ImportInputs.file("trec-sample", folder),
                folder.toString(), "it");
        ImportJobView second = runner.submit(ImportJob.Kind.SERVER_PATH, ImportInputs.file("trec-sample", folder),
                folder.toString(), "it");
        ImportJobView firstEnded = Awaits.ended(jobs, first.id());
        ImportJobView secondEnded = Awaits.ended(jobs, second.id());

        assertEquals(ImportJobState.COMPLETED, firstEnded.state(), firstEnded::toString);
        assertEquals(ImportJobState.COMPLETED, secondEnded.state(), secondEnded::toString);
        assertEquals(ids.size(), firstEnded.read(), firstEnded::toString);
        assertEquals(ids.size(), secondEnded.read(), secondEnded::toString);
        assertEquals(absent.size(), firstEnded.created() + secondEnded.created(),
                () -> "each new record made one study: " + firstEnded + " / " + secondEnded);
        assertEquals(studiesBefore + absent.size(), repository.count());
        assertEquals(ids.size(), repository.findEntries(RegistryScheme.NCT, ids).stream()
                .map(entry -> entry.getStudy().getId()).distinct().count(), "one study per registry id");
        DatabaseCounts counts = database.counts();
        assertEquals(List.of(), counts.registryIdsOfSeveralStudies());
        assertEquals(0, counts.studiesWithoutEntry(), counts::toString);
        assertEquals(0, counts.studiesWithTwoOfOneRegistry(), counts::toString);
    }

    private static void assertOnlyOwnId(Study study, String ownId) {
        List<RegistryIdentifier> primary = study.getIdentifiers().stream().filter(RegistryIdentifier::primaryId)
                .toList();
        assertEquals(1, primary.size(), () -> ownId + " has one own id: " + primary);
        assertEquals(ownId, primary.getFirst().value());
        assertEquals(1, study.getEntries().size(), ownId + " has one registry entry");
        assertEquals(ownId, study.getPrimaryRegistryId());
    }

    private ImportJobView importBytes(String name, byte[] content) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes(name, content), null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());
        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        return ended;
    }

    /** The folder's records are one study each, named NCTnnnnnnnn.xml after their NCT number (AllPublicXML). */
    private static Set<String> nctIdsOfFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("NCT\\d{8}\\.xml"))
                    .map(name -> name.substring(0, 11)).collect(Collectors.toSet());
        }
    }
}
