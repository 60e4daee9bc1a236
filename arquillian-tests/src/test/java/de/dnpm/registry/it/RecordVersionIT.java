package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.SourceVersionView;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.domain.RawRecord;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Which version of a record a study shows: the newest by the registry's date, never an undated projection over a full
 * record, never a re-download counted as a change, and the same one whatever the order the versions arrive in.
 */
@ExtendWith(ArquillianExtension.class)
class RecordVersionIT {

    private static final String NSCLC_FILE = "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json";
    /** The same 10 + 50 studies downloaded on 2023-06-28 and 2023-06-29 (both files are in the bundled sample). */
    private static final String DOWNLOAD_JUNE_28 = "ctgov/ctgov-v2-json/dgg32-clinical-trials-public/ctg-studies.json";
    private static final String DOWNLOAD_JUNE_29 = "ctgov/ctgov-v2-json/dgg32-clinical-trials-public/ctg-studies(5).json";
    /** A full record with 26 sites, its registry version date (versionHolder) 2025-12-09. */
    private static final String FULL_RECORD = "NCT04318938";
    private static final String FULL_RECORD_DATE = "2025-12-09";
    /** In both downloads, differing in nothing but derivedSection.miscInfoModule.versionHolder. */
    private static final String REDOWNLOADED = "NCT05911841";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("version-it.war")
                .addAsResource(Deployments.sharedData(NSCLC_FILE).toFile(), "it-data/nsclc.json")
                .addAsResource(Deployments.sharedData(DOWNLOAD_JUNE_28).toFile(), "it-data/june28.json")
                .addAsResource(Deployments.sharedData(DOWNLOAD_JUNE_29).toFile(), "it-data/june29.json");
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

    /** No job may still be writing when the application is undeployed (see Awaits). */
    @AfterEach
    void importsDoneBeforeUndeploy() {
        Awaits.importsDone(jobs, indexer);
    }

    @Test
    void undatedProjectionNeverWipesTheFullRecordWhateverTheOrder() {
        JsonObject full = CtgovJson.study(ItData.text("nsclc.json"), FULL_RECORD);
        assertEquals(26, full.getJsonObject("protocolSection").getJsonObject("contactsLocationsModule")
                .getJsonArray("locations").size());

        // Full record first (the sample stored it already), then a projection of it: synthetic, made from the real
        // record with the fields genomoncology/biomcp asked the API for (no dates, no sites).
        ImportJobView again = importJson("full.json", full);
        assertEquals(1, again.unchanged(), again::toString);
        ImportJobView projection = importJson("projection.json", CtgovJson.projection(full));
        assertEquals(1, projection.olderVersions(), () -> "an undated version is older than a dated one: " + projection);
        assertShowsTheFullRecord(FULL_RECORD, full);

        // The other order, on a synthetic copy under an unused number: projection first, then the full record.
        JsonObject fullCopy = CtgovJson.withNctId(full, "NCT99900201");
        ImportJobView projectionFirst = importJson("projection-copy.json", CtgovJson.projection(fullCopy));
        assertEquals(1, projectionFirst.created(), projectionFirst::toString);
        ImportJobView fullAfter = importJson("full-copy.json", fullCopy);
        assertEquals(1, fullAfter.updated(), fullAfter::toString);
        assertShowsTheFullRecord("NCT99900201", fullCopy);
    }

    @Test
    void redownloadOfAnUnchangedRecordIsUnchangedAndStoresNoVersion() {
        // The real downloads, verbatim: the sample imported both, and keeps one version of each study.
        ImportJobView june28 = importBytes("june28.json", ItData.bytes("june28.json"));
        ImportJobView june29 = importBytes("june29.json", ItData.bytes("june29.json"));
        assertEquals(june28.read(), june28.unchanged(), june28::toString);
        assertEquals(june29.read(), june29.unchanged(), june29::toString);
        assertEquals(1, catalog.sourceVersions(REDOWNLOADED, 0, 10).orElseThrow().size());

        // From the start, on a synthetic copy (both downloads of the record under one unused number).
        JsonObject first = CtgovJson.study(ItData.text("june28.json"), REDOWNLOADED);
        JsonObject second = CtgovJson.study(ItData.text("june29.json"), REDOWNLOADED);
        assertNotEquals(first, second, "the downloads differ (in versionHolder)");
        ImportJobView created = importJson("june28-copy.json", CtgovJson.withNctId(first, "NCT99900401"));
        ImportJobView redownload = importJson("june29-copy.json", CtgovJson.withNctId(second, "NCT99900401"));

        assertEquals(1, created.created(), created::toString);
        assertEquals(1, redownload.unchanged(), redownload::toString);
        assertEquals(0, redownload.created() + redownload.updated() + redownload.olderVersions(), redownload::toString);
        List<SourceVersionView> versions = catalog.sourceVersions("NCT99900401", 0, 10).orElseThrow();
        assertEquals(1, versions.size(), versions::toString);
        assertEquals("2023-06-28", versions.getFirst().versionDate(), "the first download's version is kept");
    }

    @Test
    void sameResultWhateverTheImportOrder() {
        // Two versions of a real record with the same dates: the real one and a synthetic one with another title.
        JsonObject real = CtgovJson.studies(ItData.text("nsclc.json")).get(1);
        JsonObject retitled = CtgovJson.withBriefTitle(real, CtgovJson.briefTitle(real) + " (synthetic variant)");
        // Each order needs a study of its own, so the versions get unused numbers, one per order. The number is part
        // of the content, so equal dates are decided per pair; two numbers under which the same version wins make the
        // two orders comparable.
        String oneOrder = "NCT99900300";
        boolean retitledWins = supersedes(CtgovJson.withNctId(retitled, oneOrder), CtgovJson.withNctId(real, oneOrder));
        String otherOrder = otherNumberWhere(retitledWins, real, retitled);

        importJson("real-first.json", CtgovJson.withNctId(real, oneOrder));
        importJson("retitled-second.json", CtgovJson.withNctId(retitled, oneOrder));
        importJson("retitled-first.json", CtgovJson.withNctId(retitled, otherOrder));
        importJson("real-second.json", CtgovJson.withNctId(real, otherOrder));

        Study one = catalog.findByRegistryId(oneOrder).orElseThrow();
        Study other = catalog.findByRegistryId(otherOrder).orElseThrow();
        assertEquals(CtgovJson.briefTitle(retitledWins ? retitled : real), one.getBriefTitle());
        assertEquals(one.getBriefTitle(), other.getBriefTitle(), "the same version is shown whatever the order");
        assertEquals(2, catalog.sourceVersions(oneOrder, 0, 10).orElseThrow().size());
        assertEquals(2, catalog.sourceVersions(otherOrder, 0, 10).orElseThrow().size());
    }

    private void assertShowsTheFullRecord(String registryId, JsonObject full) {
        Study study = catalog.findByRegistryId(registryId).orElseThrow();
        assertEquals(26, study.getSites().size(), registryId + " keeps its sites");
        assertEquals(FULL_RECORD_DATE, study.getSourceVersionDate(), registryId + " keeps its version date");
        assertEquals(CtgovJson.briefTitle(full), study.getBriefTitle());
        List<SourceVersionView> versions = catalog.sourceVersions(registryId, 0, 10).orElseThrow();
        assertEquals(2, versions.size(), () -> "both versions are kept: " + versions);
        SourceVersionView current = versions.stream().filter(SourceVersionView::current).findFirst().orElseThrow();
        assertEquals(FULL_RECORD_DATE, current.versionDate());
        assertNull(versions.stream().filter(v -> !v.current()).findFirst().orElseThrow().versionDate(),
                "the projection is kept as an undated version");
    }

    /** The first unused number under which the same version wins a tie as under NCT99900300. */
    private static String otherNumberWhere(boolean retitledWins, JsonObject real, JsonObject retitled) {
        for (int n = 301; n < 400; n++) {
            String id = "NCT99900" + n;
            if (supersedes(CtgovJson.withNctId(retitled, id), CtgovJson.withNctId(real, id)) == retitledWins) {
                return id;
            }
        }
        throw new IllegalStateException("no number found among NCT99900301..399"); // odds 2^-99
    }

    /** Whether {@code a} replaces {@code b} as the version shown, read as the importer reads them. */
    private static boolean supersedes(JsonObject a, JsonObject b) {
        RawRecord first = parse(a);
        RawRecord second = parse(b);
        assertEquals(first.versionDate(), second.versionDate(), "both versions have the same registry date");
        return new RecordVersion(first.versionDate(), first.contentHash())
                .supersedes(new RecordVersion(second.versionDate(), second.contentHash()));
    }

    private static RawRecord parse(JsonObject study) {
        List<ParsedRecord> records = new ArrayList<>();
        try {
            new SourceFileReader().read("version.json", new ByteArrayInputStream(ItData.utf8(study.toString())),
                    new RecordSink() {
                        @Override
                        public void accept(ParsedRecord record) {
                            records.add(record);
                        }

                        @Override
                        public void reject(ImportProblem problem) {
                            throw new IllegalArgumentException(problem.toString());
                        }

                        @Override
                        public void warn(ImportProblem problem) {
                            throw new IllegalArgumentException(problem.toString());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records.getFirst().raw();
    }

    private ImportJobView importJson(String name, JsonObject study) {
        return importBytes(name, ItData.utf8(study.toString()));
    }

    private ImportJobView importBytes(String name, byte[] content) {
        ImportJobView job = runner.submit(ImportJob.Kind.UPLOAD, ImportInputs.bytes(name, content), null, "it");
        ImportJobView ended = Awaits.ended(jobs, job.id());
        assertEquals(ImportJobState.COMPLETED, ended.state(), ended::toString);
        assertEquals(0, ended.failed(), ended::toString);
        return ended;
    }
}
