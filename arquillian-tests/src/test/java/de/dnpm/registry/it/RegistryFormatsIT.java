package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.domain.Study;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real shared file of the DRKS and WHO ICTRP formats through the real import into the database (H2 and
 * PostgreSQL): each record is stored or recognised, none refused, and a study of each file reads as its registry
 * wrote it. The readers' unit tests check the mapping field by field; this checks that what they produce fits the
 * database (a DRKS CSV timestamp once did not).
 */
@ExtendWith(ArquillianExtension.class)
class RegistryFormatsIT {

    private static final String DRKS = "drks/";
    /** resource name in the test WAR → shared file */
    private static final Map<String, String> FILES = Map.of(
            "drks.json", DRKS + "drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json",
            "drks-suspended.csv", DRKS + "drks-legacy-csv/quest-bih-IntoValue2/DRKS_suspended.csv",
            "drks-stopped.csv", DRKS + "drks-legacy-csv/quest-bih-IntoValue2/DRKS_stopped.csv",
            "ictrp-long.xml", DRKS + "ictrp-xml/ttoyama-prog_ISN-ACCTS/ICTRP-Results_long.xml",
            "ictrp-covid.csv", DRKS + "ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-1135-trials.csv",
            "ictrp-covid.xlsx", DRKS + "ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-web_7Jul2020.xlsx");

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.inContainer("formats-it.war");
        FILES.forEach((name, shared) -> archive.addAsResource(Deployments.sharedData(shared).toFile(),
                "it-data/" + name));
        return archive;
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore jobs;

    @Inject
    StudyIndexer indexer;

    @Inject
    StudyCatalog catalog;

    @BeforeEach
    void sampleImported() {
        Awaits.importsDone(jobs, indexer);
    }

    @AfterEach
    void importsDoneBeforeUndeploy() {
        Awaits.importsDone(jobs, indexer);
    }

    @Test
    void drksJsonInGermanAndEnglishAndTheLegacyCsvAreStoredWhole() {
        assertAllTaken(importFile("drks.json"), 1);
        assertAllTaken(importFile("drks-suspended.csv"), 17);
        assertAllTaken(importFile("drks-stopped.csv"), 145);

        Study json = catalog.findByRegistryId("DRKS00038775").orElseThrow();
        assertTrue(json.getTexts().stream().anyMatch(t -> "de".equals(t.language())), json.getTexts()::toString);
        assertTrue(json.getTexts().stream().anyMatch(t -> "en".equals(t.language())), json.getTexts()::toString);

        // the legacy export is DRKS's English one: its texts are English only
        Study csv = catalog.findByRegistryId("DRKS00000186").orElseThrow();
        assertEquals("DRKS_CSV", csv.getEntries().getFirst().getFormat().name());
        assertEquals("2014-05-14T11:37:48Z", csv.getEntries().getFirst().getVersionDate());
        assertTrue(csv.getBriefTitle().startsWith("Prospective clinical study of the effect of different attachments"),
                csv.getBriefTitle());
    }

    @Test
    void ictrpXmlCsvAndXlsxAreStoredUnderEachRegistrysIds() {
        assertAllTaken(importFile("ictrp-long.xml"), 174);
        assertAllTaken(importFile("ictrp-covid.csv"), 1135);
        ImportJobView xlsx = importFile("ictrp-covid.xlsx");
        assertAllTaken(xlsx, 4098);
        assertTrue(xlsx.warnings() > 0, () -> "the XLSX's mis-decoded umlauts are flagged: " + xlsx);

        for (String id : new String[]{"ChiCTR2000029953", "ACTRN12620000421932", "EUCTR2015-002340-14-NL"}) {
            assertTrue(catalog.findByRegistryId(id).isPresent(), id);
        }
    }

    private static void assertAllTaken(ImportJobView job, long records) {
        assertEquals(ImportJobState.COMPLETED, job.state(), job::toString);
        assertEquals(0, job.failed(), () -> "no record refused: " + job);
        assertEquals(records, job.read(), job::toString);
        assertEquals(records, job.created() + job.updated() + job.unchanged() + job.olderVersions(), job::toString);
    }

    private ImportJobView importFile(String name) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes(name, ItData.bytes(name)), null,
                "it");
        return Awaits.ended(jobs, job.id());
    }
}
