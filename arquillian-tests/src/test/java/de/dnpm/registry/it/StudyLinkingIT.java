package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.domain.RegistryIdNormalForm;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trial across registries, through the real import: the 95 trials of a real WHO ICTRP export, split into two
 * files that are imported one after the other — on H2 the first half first, on PostgreSQL the second half first, and
 * both passes must end with the same studies. The groups below were found by reading the export's TrialID and
 * Secondary_ID fields (EU register national copies share their EudraCT number; the CTIS record names the NCT record
 * and both name EudraCT 2022-003405-30; the jRCT and OMON records both name NCT04136184 and EudraCT 2019-001698-10).
 */
@ExtendWith(ArquillianExtension.class)
class StudyLinkingIT {

    private static final String EXPORT = "drks/ictrp-xml/machado-t-ICTRP_xml_to_ris/ICTRP-Results(1).xml";
    private static final Pattern TRIAL = Pattern.compile("<Trial>.*?</Trial>", Pattern.DOTALL);
    private static final Pattern TRIAL_ID = Pattern.compile("<TrialID>(.*?)</TrialID>", Pattern.DOTALL);
    private static final String ROOT = "Trials_downloaded_from_ICTRP";
    private static final String CTGOV_XML =
            "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx/NCT00000105.xml";

    /** Each group is one trial; the first id is the one the study is shown by (NCT before the others, see 003). */
    private static final List<List<String>> TRIALS = List.of(
            List.of("NCT05697861", "CTIS2023-507385-11-00"),
            List.of("EUCTR2021-000037-14-DK", "EUCTR2021-000037-14-ES", "EUCTR2021-000037-14-HU",
                    "EUCTR2021-000037-14-PL", "EUCTR2021-000037-14-PT"),
            List.of("NL-OMON55279", "JPRN-jRCT2071210009", "EUCTR2019-001698-10-PT"),
            List.of("NCT01960348", "EUCTR2013-002987-17-SE"),
            List.of("NCT02175004", "EUCTR2013-004561-13-PT"),
            List.of("NCT03759379", "JPRN-jRCT2080224769"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("linking-it.war")
                .addAsResource(Deployments.sharedData(EXPORT).toFile(), "it-data/ictrp.xml")
                .addAsResource(Deployments.sharedData(CTGOV_XML).toFile(), "it-data/ctgov.xml");
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

    @AfterEach
    void importsDoneBeforeUndeploy() {
        Awaits.importsDone(jobs, indexer);
    }

    @Test
    void entriesOfOneTrialInSeveralRegistriesBecomeOneStudyWhicheverHalfComesFirst() {
        List<String> trials = trials(ItData.text("ictrp.xml"));
        assertEquals(95, trials.size());
        List<List<String>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < trials.size(); i++) {
            String id = trialId(trials.get(i));
            // every group above has its first member in one half and the others in the other
            int half = TRIALS.stream().filter(t -> t.contains(id)).findFirst()
                    .map(t -> t.getFirst().equals(id) ? 0 : 1).orElse(i % 2);
            halves.get(half).add(trials.get(i));
        }
        boolean secondFirst = database.isPostgres();
        ImportJobView first = importXml("half-1.xml", halves.get(secondFirst ? 1 : 0));
        ImportJobView second = importXml("half-2.xml", halves.get(secondFirst ? 0 : 1));
        assertEquals(95, first.created() + second.created(), () -> first + " / " + second);
        Awaits.settled(jobs, indexer);

        for (List<String> trial : TRIALS) {
            Study study = catalog.findByRegistryId(trial.getFirst()).orElseThrow();
            for (String id : trial) {
                assertEquals(study.getId(), catalog.findByRegistryId(id).orElseThrow().getId(),
                        () -> id + " is an entry of the study of " + trial);
                StudyHits hits = catalog.search(StudyQuery.of(id));
                assertEquals(1, hits.total(), () -> "searching " + id + " finds its trial once: " + hits.hits());
                assertEquals(study.getId(), hits.hits().getFirst().studyId());
            }
            assertEquals(trial.size(), study.getEntries().size(), () -> trial + ": " + study.getIdentifiers());
            Set<String> ownIds = study.getIdentifiers().stream().filter(RegistryIdentifier::primaryId)
                    .map(RegistryIdentifier::value).collect(Collectors.toSet());
            assertEquals(trial.size(), ownIds.size(), ownIds::toString);
            assertTrue(study.getFieldSources().stream().anyMatch(s -> s.startsWith("content=")),
                    study.getFieldSources()::toString);
            for (String id : trial) {
                StudyReadModel alone = catalog.entryAlone(trial.getFirst(), id)
                        .orElseThrow(() -> new AssertionError(id));
                assertEquals(1, alone.entries().size(), id);
                assertEquals(RegistryIdNormalForm.normalise(id), alone.id(),
                        () -> id + "'s own view: " + alone.identifiers());
                assertTrue(alone.title() != null && !alone.title().isBlank(), id);
            }
        }
        assertEquals("NCT05697861", catalog.findByRegistryId("CTIS2023-507385-11-00").orElseThrow()
                .getPrimaryRegistryId(), "a study of several registries is shown by its NCT number");
        DatabaseCounts counts = database.counts();
        assertEquals(0, counts.studiesWithoutEntry(), counts::toString);
        assertEquals(0, counts.studiesWithTwoOfOneRegistry(), counts::toString);
        assertEquals(List.of(), counts.registryIdsOfSeveralStudies());

        ImportJobView again = importXml("again.xml", trials);
        assertEquals(95, again.unchanged(), () -> "importing the export again changes nothing: " + again);
    }

    /**
     * The registry's own record outranks WHO ICTRP's copy of it, whichever comes first and although ICTRP's is dated
     * later. Synthetic, labelled: the real CT.gov record NCT00000105 and the real ICTRP copy of NCT06360289 (its
     * secondary ids removed), both renumbered to unused ids NCT999006xx, one per import order.
     */
    @Test
    void theRegistrysOwnRecordOutranksIctrpsCopyOfItInEitherOrder() {
        String ctgov = ItData.text("ctgov.xml");
        String ictrp = trials(ItData.text("ictrp.xml")).stream().filter(t -> trialId(t).equals("NCT06360289"))
                .findFirst().orElseThrow().replaceAll("(?s)<Secondary_ID>.*?</Secondary_ID>", "<Secondary_ID/>");
        for (String id : List.of("NCT99900631", "NCT99900632")) {
            String own = ctgov.replace("NCT00000105", id);
            String copy = ictrp.replace("NCT06360289", id);
            boolean ownFirst = id.endsWith("1");
            ImportJobView first = ownFirst ? importOne(id + ".xml", own) : importXml(id + "-ictrp.xml", List.of(copy));
            ImportJobView second = ownFirst ? importXml(id + "-ictrp.xml", List.of(copy)) : importOne(id + ".xml", own);
            assertEquals(1, first.created(), first::toString);
            assertEquals(ownFirst ? 1 : 0, second.olderVersions(), () -> "the copy is kept, not shown: " + second);

            Study study = catalog.findByRegistryId(id).orElseThrow();
            assertEquals(1, study.getEntries().size(), study.getIdentifiers()::toString);
            assertEquals("CTGOV_XML", study.getEntries().getFirst().getFormat().name(), id);
            assertTrue(own.contains(study.getBriefTitle()), () -> id + " shows ICTRP's title: " + study.getBriefTitle());
            assertEquals(2, catalog.sourceVersions(id, 0, 10).orElseThrow().size(), "both documents are kept");
        }
    }

    private ImportJobView importOne(String name, String xml) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD,
                ImportInputs.bytes(name, xml.getBytes(StandardCharsets.UTF_8)), null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());
        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        assertEquals(1, ended.created() + ended.updated(), ended::toString);
        return ended;
    }

    private static String trialId(String trial) {
        Matcher id = TRIAL_ID.matcher(trial);
        assertTrue(id.find(), trial);
        return id.group(1).strip();
    }

    private static List<String> trials(String export) {
        List<String> trials = new ArrayList<>();
        Matcher trial = TRIAL.matcher(export);
        while (trial.find()) {
            trials.add(trial.group());
        }
        return trials;
    }

    private ImportJobView importXml(String name, List<String> trials) {
        String xml = "<?xml version='1.0' encoding='UTF-8' ?>\n<" + ROOT + ">\n" + String.join("\n", trials)
                + "\n</" + ROOT + ">\n";
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD,
                ImportInputs.bytes(name, xml.getBytes(StandardCharsets.UTF_8)), null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());
        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        assertEquals(0, ended.failed(), ended::toString);
        return ended;
    }
}
