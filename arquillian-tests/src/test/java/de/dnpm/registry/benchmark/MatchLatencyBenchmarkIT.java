package de.dnpm.registry.benchmark;

import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.infrastructure.StudyCriteria;
import de.dnpm.registry.infrastructure.StudyDocumentAssembler;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.EligibilitySections;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.PatientFacts;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.TrialMatches;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One patient against all studies ({@code StudyIndex.match}: candidates, assessment of each, ranking), measured in
 * process on an index on disk, as the portal's StudyMatching calls it (no HTTP, no database): over the whole shared
 * ClinicalTrials.gov corpus (JSON and XML folders), and over a labelled SYNTHETIC corpus of
 * {@value #SYNTHETIC_STUDIES}+ studies whose criteria texts are real criteria sentences recombined (each synthetic study
 * takes a real record's conditions and fields, about half of its own inclusion and exclusion sentences and as many
 * drawn from other real records; ids "SYN-MATCH-nnnnnnn", titles "[synthetic recombined]"). Ten SYNTHETIC board
 * profiles (written below, no real patient) are matched in rounds, each with the open statuses (the default) and with
 * every status (the most candidates); 10 rounds of warm-up are not measured. Writes p50 / p99 / max to
 * target/benchmarks. Run with {@code -Pbenchmark -Dit.includes='**}{@code /MatchLatencyBenchmarkIT.java'}.
 */
class MatchLatencyBenchmarkIT {

    static final int SYNTHETIC_STUDIES = Integer.getInteger("benchmark.match.synthetic", 100_000);
    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 30;
    private static final GeoPoint HEIDELBERG = new GeoPoint(49.4093, 8.6937);
    private static final Set<String> ALL_STATUSES = Set.of("RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING",
            "ENROLLING_BY_INVITATION", "COMPLETED", "TERMINATED", "SUSPENDED", "WITHDRAWN", "UNKNOWN");

    @Test
    void oneMatchOverTheSharedCorpusAndASyntheticHundredThousand() throws Exception {
        Path data = Path.of(System.getProperty("shared.data"));
        Path out = Path.of(System.getProperty("benchmark.dir", "target/benchmarks"));
        List<ParsedRecord> records = read(data.resolve("ctgov/ctgov-v2-json"), data.resolve("ctgov/ctgov-xml"));
        List<PatientFacts> patients = profiles().stream().map(p -> PatientFacts.read(p, ConceptDictionaryLoader.shared(),
                BiomarkerVocabulary.standard(), TherapyVocabulary.standard())).toList();

        try (StudyIndex shared = StudyIndex.open(Files.createDirectories(out.resolve("match-index-shared")))) {
            long start = System.nanoTime();
            shared.rebuild(IntStream.range(0, records.size()).mapToObj(i -> document(records.get(i), i + 1)),
                    "match-benchmark-shared");
            report(out, shared, patients, "shared CT.gov corpus (" + shared.size() + " studies, indexed in "
                    + (System.nanoTime() - start) / 1_000_000_000 + " s)");
        }
        Recombination recombination = new Recombination(records);
        try (StudyIndex synthetic = StudyIndex.open(Files.createDirectories(out.resolve("match-index-synthetic")))) {
            long start = System.nanoTime();
            synthetic.rebuild(IntStream.range(0, SYNTHETIC_STUDIES).mapToObj(recombination::document),
                    "match-benchmark-synthetic");
            assertTrue(synthetic.size() >= SYNTHETIC_STUDIES);
            report(out, synthetic, patients, "SYNTHETIC corpus of recombined real criteria (" + synthetic.size()
                    + " studies, indexed in " + (System.nanoTime() - start) / 1_000_000_000 + " s)");
        }
    }

    private static void report(Path out, StudyIndex index, List<PatientFacts> patients, String corpus)
            throws IOException {
        for (boolean everyStatus : new boolean[] {false, true}) {
            List<Long> micros = new ArrayList<>();
            long candidates = 0;
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                for (PatientFacts patient : patients) {
                    MatchQuery query = new MatchQuery(everyStatus ? ALL_STATUSES : Set.of(), Set.of(), HEIDELBERG, null,
                            50);
                    long start = System.nanoTime();
                    TrialMatches matches = index.match(patient, query);
                    long took = (System.nanoTime() - start) / 1000;
                    if (round >= WARM_UP_ROUNDS) {
                        micros.add(took);
                        candidates += matches.candidatesAssessed();
                    }
                }
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            BenchmarkReport.append(out, "match", ("| match | %s, %s | %d matches (%d profiles, after %d warm-up rounds),"
                    + " %.0f candidates assessed on average | p50 %.1f ms | p99 %.1f ms | max %.1f ms | %s |").formatted(
                    corpus, everyStatus ? "every status" : "open statuses (default)", sorted.length, patients.size(),
                    WARM_UP_ROUNDS, (double) candidates / sorted.length, percentile(sorted, 50),
                    percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0, BenchmarkReport.machine()));
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /* The record as an import maps it, with its criteria read, as the index gets it. */
    private static StudyDocument document(ParsedRecord record, long id) {
        return new StudyDocumentAssembler().toDocument(study(record, record.raw().sourceId(), id, null, null));
    }

    static Study study(ParsedRecord record, String registryId, long id, String titlePrefix, String criteria) {
        RegistryScheme scheme = titlePrefix == null ? TrialRecordMapper.scheme(record.trial().primaryId().scheme())
                : RegistryScheme.OTHER; // a synthetic id is no registry's
        Study study = new Study(scheme, registryId, Instant.EPOCH);
        RegistryEntry entry = new RegistryEntry(study, scheme, registryId, TrialRecordMapper.format(record.raw()
                .format()), new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.EPOCH);
        new TrialRecordMapper().applyTo(record.trial(), study, entry);
        if (titlePrefix != null) {
            entry.replaceLinks(List.of()); // a synthetic study carries no real registry id
            study.setTitles(titlePrefix + study.getBriefTitle(), null, null);
            EligibilityCriteria real = study.getEligibility();
            study.setEligibility(new EligibilityCriteria(criteria, real.getMinimumAgeText(), real.getMinimumAgeDays(),
                    real.getMaximumAgeText(), real.getMaximumAgeDays(), real.getSex(), real.getHealthyVolunteers()));
        }
        StudyCriteria.extractInto(study);
        try {
            var field = Study.class.getDeclaredField("id"); // as if stored: the database assigns ids
            field.setAccessible(true);
            field.set(study, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return study;
    }

    /** SYNTHETIC studies from real records whose criteria are real sentences recombined; seeded, so runs compare. */
    private static final class Recombination {

        private final List<ParsedRecord> records;
        private final List<String> inclusions = new ArrayList<>();
        private final List<String> exclusions = new ArrayList<>();

        Recombination(List<ParsedRecord> records) {
            this.records = records;
            for (ParsedRecord record : records) {
                EligibilitySections sections = EligibilitySections.of(criteria(record));
                inclusions.addAll(sentences(sections.inclusion()));
                exclusions.addAll(sentences(sections.exclusion()));
            }
        }

        StudyDocument document(int i) {
            Random random = new Random(i);
            ParsedRecord base = records.get(i % records.size());
            EligibilitySections own = EligibilitySections.of(criteria(base));
            String text = "Inclusion Criteria:\n" + String.join("\n", mix(sentences(own.inclusion()), inclusions,
                    random)) + "\n\nExclusion Criteria:\n" + String.join("\n", mix(sentences(own.exclusion()),
                    exclusions, random));
            String id = "SYN-MATCH-" + String.format("%07d", i + 1);
            return new StudyDocumentAssembler().toDocument(study(base, id, 1_000_000L + i,
                    "[synthetic recombined] ", text));
        }

        /* About half of the study's own sentences, and as many (at least two) drawn from all real records. */
        private static List<String> mix(List<String> own, List<String> pool, Random random) {
            List<String> mixed = new ArrayList<>();
            for (String sentence : own) {
                if (random.nextBoolean()) {
                    mixed.add(sentence);
                }
            }
            int drawn = Math.max(2, own.size() / 2);
            for (int k = 0; k < drawn && !pool.isEmpty(); k++) {
                mixed.add(pool.get(random.nextInt(pool.size())));
            }
            java.util.Collections.shuffle(mixed, random);
            return mixed.stream().map(s -> "* " + s).toList();
        }

        private static String criteria(ParsedRecord record) {
            return record.trial().eligibility() == null ? null : record.trial().eligibility().criteria();
        }

        private static List<String> sentences(String section) {
            if (section == null) {
                return List.of();
            }
            return Arrays.stream(section.split("\\n")).map(s -> s.replaceFirst("^\\s*([-*•]|\\d+[.)])\\s*", "").strip())
                    .filter(s -> s.length() >= 20 && s.length() <= 400).toList();
        }
    }

    private static List<ParsedRecord> read(Path... folders) throws IOException {
        List<ParsedRecord> records = new ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                records.add(record);
            }

            @Override
            public void reject(ImportProblem problem) {
                // a record the importer refuses is not in the portal either
            }

            @Override
            public void warn(ImportProblem problem) {
                // kept, as the importer keeps it
            }
        };
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")
                        || p.toString().endsWith(".xml") || p.toString().endsWith(".zip")).sorted().toList();
            }
            for (Path file : files) {
                new SourceFileReader().read(file, sink);
            }
        }
        return records;
    }

    /** Ten SYNTHETIC board profiles (no real patient): common tumour boards' cases and one inflammation board's. */
    static List<PatientProfile> profiles() {
        return List.of(
                profile("Lungenadenokarzinom", "LUAD", "C34.1", 61, "male", List.of(marker("EGFR", "L858R"),
                        marker("ALK", "negativ")), List.of("Osimertinib")),
                profile("non-small cell lung cancer", "NSCLC", "C34.9", 67, "female", List.of(marker("ALK",
                        "negative"), new PatientProfile.Biomarker(null, null, "PD-L1", "TPS 60%")), List.of()),
                profile("Mammakarzinom", "BRCA", "C50.9", 52, "female", List.of(marker("ERBB2", "Amplifikation"),
                        new PatientProfile.Biomarker(null, null, "ER", "positiv")), List.of("Trastuzumab")),
                profile("colorectal adenocarcinoma", "COAD", "C18.7", 58, "male", List.of(marker("KRAS", "G12C")),
                        List.of("FOLFOX")),
                profile("Melanom", "SKCM", "C43.5", 45, "female", List.of(marker("BRAF", "V600E")),
                        List.of("Pembrolizumab")),
                profile("acute myeloid leukemia", "AML", "C92.0", 70, "male", List.of(marker("FLT3", "ITD")),
                        List.of()),
                profile("Pankreaskarzinom", "PAAD", "C25.0", 63, "male", List.of(marker("KRAS", "G12D")),
                        List.of("Gemcitabin")),
                profile("glioblastoma", "GBM", "C71.9", 55, "female", List.of(marker("IDH1", "wild-type")),
                        List.of("Temozolomide")),
                profile("Prostatakarzinom", "PRAD", "C61", 72, "male", List.of(marker("BRCA2", "Mutation")),
                        List.of("Enzalutamid")),
                new PatientProfile("BENCH-RA", 49, "female", new PatientProfile.Diagnosis("rheumatoide Arthritis",
                        null, "M06.9"), null, null, List.of(), List.of(new PatientProfile.PriorTherapy("Adalimumab",
                        null, 2, "no response")), null, List.of(new PatientProfile.Score("DAS28", "5.1")), "69120",
                        null, null));
    }

    private static PatientProfile profile(String diagnosis, String oncotree, String icd10, int age, String sex,
                                          List<PatientProfile.Biomarker> markers, List<String> drugs) {
        return new PatientProfile("BENCH-" + oncotree, age, sex, new PatientProfile.Diagnosis(diagnosis, oncotree,
                icd10), "IV", 1, markers, drugs.stream().map(d -> new PatientProfile.PriorTherapy(d, null, 1, "PD"))
                .toList(), null, List.of(), "69120", null, null);
    }

    private static PatientProfile.Biomarker marker(String gene, String alteration) {
        return new PatientProfile.Biomarker(gene, alteration, null, null);
    }
}
