package de.dnpm.registry.benchmark;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.it.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Import throughput per registry format (DRKS JSON and CSV, WHO ICTRP XML, CSV and XLSX), end to end as in
 * {@link ImportThroughputBenchmarkIT}: each real shared file as it is (small: their counts are in the rows), then for
 * each text format a SYNTHETIC file of about {@value #SCALE} records made of renumbered copies of the real records
 * ({@link SyntheticRegistryCopies}), and the time to relink: how long after a new registry entry that names an
 * existing study arrives (one ICTRP CTIS record naming an imported NCT record) the merged study is searchable. Run with
 * -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
class FormatThroughputBenchmarkIT {

    static final int SCALE = 20_000;
    private static final int RELINKS = 10;
    private static final String DRKS = "drks/";
    private static final Pattern TRIAL = Pattern.compile("<Trial>.*?</Trial>", Pattern.DOTALL);

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("war.file"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "format-benchmark.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/classes/sample-data/files.txt");
        archive = Deployments.forDatabase(archive);
        String settings = Path.of(System.getProperty("shared.data")).toAbsolutePath().normalize() + "\n"
                + Path.of(System.getProperty("benchmark.dir")).toAbsolutePath() + "\n" + System.getProperty("it.db");
        return archive.addAsResource(new StringAsset(settings), "benchmark/format-settings.txt")
                .addClasses(BenchmarkReport.class, SyntheticRegistryCopies.class, BenchmarkRun.class);
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore store;

    @Inject
    StudyIndexer indexer;

    @Inject
    StudyCatalog catalog;

    @Test
    void importEachRegistryFormatAndRelink() throws Exception {
        List<String> settings = settings();
        Path data = Path.of(settings.get(0)).resolve(DRKS);
        Path out = Path.of(settings.get(1));
        String db = settings.get(2);
        BenchmarkRun runs = new BenchmarkRun(runner, store, indexer);
        List<String> lines = new ArrayList<>();

        Path drksJson = data.resolve("drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json");
        Path drksCsv = data.resolve("drks-legacy-csv/quest-bih-IntoValue2/DRKS_stopped.csv");
        Path ictrpXml = data.resolve("ictrp-xml/ttoyama-prog_ISN-ACCTS/ICTRP-Results_long.xml");
        Path ictrpCsv = data.resolve("ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-1135-trials.csv");
        Path ictrpXlsx = data.resolve("ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-web_7Jul2020.xlsx");

        runs.run("warm-up", ImportInputs.file("warm-up", data.resolve("ictrp-xml/machado-t-ICTRP_xml_to_ris")));
        lines.add(runs.run("real", ImportInputs.file("DRKS JSON", drksJson)).line(db, "DRKS JSON, the real record"));
        lines.add(runs.run("real", ImportInputs.file("DRKS CSV", data.resolve("drks-legacy-csv")))
                .line(db, "DRKS legacy CSV, both real files"));
        lines.add(runs.run("real", ImportInputs.file("ICTRP XML", ictrpXml)).line(db, "WHO ICTRP XML, real export"));
        lines.add(runs.run("real", ImportInputs.file("ICTRP CSV", ictrpCsv)).line(db, "WHO ICTRP CSV, real COVID list"));
        lines.add(runs.run("real", ImportInputs.file("ICTRP XLSX", ictrpXlsx))
                .line(db, "WHO ICTRP XLSX, real COVID list"));

        Path synthetic = Files.createDirectories(out.resolve("synthetic-formats"));
        Path json = synthetic.resolve("drks-json.json");
        SyntheticRegistryCopies.of(drksJson).writeDrksJsonArray(json, SCALE);
        lines.add(runs.run("synthetic", ImportInputs.file("DRKS JSON x", json))
                .line(db, "DRKS JSON array, SYNTHETIC renumbered copies"));
        Path csv = synthetic.resolve("drks.csv");
        SyntheticRegistryCopies.of(drksCsv).writeCsv(csv, SCALE / 145);
        lines.add(runs.run("synthetic", ImportInputs.file("DRKS CSV x", csv))
                .line(db, "DRKS legacy CSV, SYNTHETIC renumbered copies"));
        Path xml = synthetic.resolve("ictrp.xml");
        SyntheticRegistryCopies.of(ictrpXml).writeIctrpXml(xml, 1, SCALE / 174);
        lines.add(runs.run("synthetic", ImportInputs.file("ICTRP XML x", xml))
                .line(db, "WHO ICTRP XML, SYNTHETIC renumbered copies"));
        Path covid = synthetic.resolve("ictrp.csv");
        SyntheticRegistryCopies.of(ictrpCsv).writeCsv(covid, SCALE / 1135);
        lines.add(runs.run("synthetic", ImportInputs.file("ICTRP CSV x", covid))
                .line(db, "WHO ICTRP CSV, SYNTHETIC renumbered copies"));

        lines.add(relink(runs, data.resolve("ictrp-xml/machado-t-ICTRP_xml_to_ris/ICTRP-Results(1).xml"), synthetic,
                db));
        lines.forEach(line -> BenchmarkReport.append(out, db, line));
    }

    /**
     * {@value #RELINKS} times: a renumbered copy of NCT05697861 is imported, then the copy of its CTIS record (which
     * names it); timed from the CTIS job's submission until the merged study is in the index. Reports the median.
     */
    private String relink(BenchmarkRun runs, Path export, Path dir, String db) throws Exception {
        String text = Files.readString(export, StandardCharsets.UTF_8);
        Path nct = single(text, "NCT05697861", dir.resolve("relink-nct.xml"));
        Path ctis = single(text, "CTIS2023-507385-11-00", dir.resolve("relink-ctis.xml"));
        List<Double> seconds = new ArrayList<>();
        for (int k = 1; k <= RELINKS; k++) {
            Path nctCopy = dir.resolve("nct-" + k + ".xml");
            Path ctisCopy = dir.resolve("ctis-" + k + ".xml");
            SyntheticRegistryCopies.of(nct).writeIctrpXml(nctCopy, 100_000 + k, 100_000 + k);
            SyntheticRegistryCopies.of(ctis).writeIctrpXml(ctisCopy, 100_000 + k, 100_000 + k);
            runs.run("relink base", ImportInputs.file("relink base", nctCopy));
            BenchmarkRun.Run linked = runs.run("relink", ImportInputs.file("relink", ctisCopy));
            String nctId = SyntheticRegistryCopies.renumber("NCT05697861", 100_000 + k);
            String ctisId = SyntheticRegistryCopies.renumber("2023-507385-11-00", 100_000 + k);
            assertEquals(catalog.findByRegistryId(nctId).orElseThrow().getId(),
                    catalog.findByRegistryId(ctisId).orElseThrow().getId(), "the CTIS entry joined the NCT study");
            seconds.add(linked.seconds());
        }
        seconds.sort(Double::compare);
        return "| %s | relink: one new CTIS entry naming a stored NCT study, until the merged study is searchable "
                .formatted(db) + "(median of " + RELINKS + ") | 1 record | %.2f s (min %.2f, max %.2f) | | |"
                .formatted(seconds.get(RELINKS / 2), seconds.getFirst(), seconds.getLast());
    }

    private static Path single(String export, String trialId, Path target) throws IOException {
        Matcher trial = TRIAL.matcher(export);
        while (trial.find()) {
            if (trial.group().matches("(?s).*<TrialID>\\s*" + Pattern.quote(trialId) + "\\s*</TrialID>.*")) {
                Files.writeString(target, export.substring(0, export.indexOf("<Trial>")) + trial.group()
                        + export.substring(export.lastIndexOf("</Trial>") + 8), StandardCharsets.UTF_8);
                return target;
            }
        }
        throw new IllegalStateException(trialId + " not in the export");
    }

    private static List<String> settings() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("benchmark/format-settings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
