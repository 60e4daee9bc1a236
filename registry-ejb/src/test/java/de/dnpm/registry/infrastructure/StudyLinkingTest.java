package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.EntryGrouping;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking on real records of the WHO ICTRP export (the database-free half: grouping and the merged view; the ITs
 * run the same through the import). The expected groups were found by reading the records' TrialID and Secondary_ID
 * fields: CTIS2023-507385-11-00 names NCT05697861 and both name EudraCT 2022-003405-30; the EU register lists the
 * trial 2021-000037-14 once per member state (DK, ES, HU, PL, PT).
 */
class StudyLinkingTest {

    private static final Map<String, ParsedRecord> RECORDS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheIctrpExport() throws IOException {
        Path folder = Path.of(System.getProperty("shared.data", "../../shared/data"))
                .resolve("drks/ictrp-xml/machado-t-ICTRP_xml_to_ris");
        List<ImportProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                new SourceFileReader().read(file, new RecordSink() {
                    @Override
                    public void accept(ParsedRecord record) {
                        RECORDS.put(record.raw().sourceId(), record);
                    }

                    @Override
                    public void reject(ImportProblem problem) {
                        problems.add(problem);
                    }

                    @Override
                    public void warn(ImportProblem problem) {
                        // warnings do not matter here
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCtisAndClinicalTrialsGovRecordsOfOneTrialAreOneStudyInEitherOrder() {
        List<String> ids = List.of(ownId("CTIS2023-507385-11-00"), "NCT05697861");
        Set<List<String>> views = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        for (List<String> order : List.of(ids, ids.reversed())) {
            views.add(view(linkInOrder(order)));
        }
        assertEquals(1, views.size(), () -> "the same study whatever the order: " + views);
        List<String> view = views.iterator().next();
        assertTrue(view.getFirst().equals("primary=NCT05697861"), view::toString);
        assertTrue(view.toString().contains("2022-003405-30"), "the shared EudraCT number is one of its ids: " + view);
    }

    @Test
    void theEuRegistersNationalCopiesAreOneStudyWhateverTheOrder() {
        List<String> copies = RECORDS.keySet().stream().filter(id -> id.startsWith("EUCTR2021-000037-14")).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        assertEquals(5, copies.size(), copies::toString);
        List<String> expected = view(linkInOrder(copies));
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(copies, random);
            assertEquals(expected, view(linkInOrder(copies)), copies::toString);
        }
    }

    @Test
    void unrelatedRecordsStayApart() {
        List<String> ids = List.of("NCT05697861", "NCT01960348");
        Map<String, Study> studies = linkAll(ids);
        assertEquals(2, new java.util.HashSet<>(studies.values()).size());
    }

    private static String ownId(String prefix) {
        return RECORDS.keySet().stream().filter(id -> id.contains(prefix.replace("CTIS", ""))).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + " not read: " + RECORDS.keySet()));
    }

    /* entries made one after the other, as imports would, then grouped and merged as StudyLinker does */
    private static Study linkInOrder(List<String> order) {
        Map<String, Study> studies = linkAll(order);
        assertEquals(1, new java.util.HashSet<>(studies.values()).size(), () -> "one study: " + order);
        return studies.values().iterator().next();
    }

    private static Map<String, Study> linkAll(List<String> order) {
        Map<RegistryEntry, ParsedRecord> entries = new IdentityHashMap<>();
        List<RegistryEntry> created = new ArrayList<>();
        TrialRecordMapper mapper = new TrialRecordMapper();
        for (String id : order) {
            ParsedRecord record = RECORDS.get(id);
            RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
            Study study = new Study(scheme, id, Instant.EPOCH);
            RegistryEntry entry = new RegistryEntry(study, scheme, id, TrialRecordMapper.format(record.raw().format()),
                    new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.EPOCH);
            mapper.applyTo(record.trial(), study, entry);
            entries.put(entry, record);
            created.add(entry);
        }
        Map<EntryGrouping.Node, RegistryEntry> byNode = new LinkedHashMap<>();
        created.forEach(e -> byNode.put(e.node(), e));
        Map<String, Study> result = new LinkedHashMap<>();
        for (List<EntryGrouping.Node> group : EntryGrouping.groups(List.copyOf(byNode.keySet()))) {
            List<RegistryEntry> members = group.stream().map(byNode::get).toList();
            Study target = members.getFirst().getStudy();
            members.forEach(m -> m.moveTo(target));
            new StudyMerger().merge(target, members.stream()
                    .map(m -> new StudyMerger.EntryRecord(m, entries.get(m).trial())).toList());
            members.forEach(m -> result.put(m.getRegistryId(), target));
        }
        return result;
    }

    /** What a reader sees of a study, independent of database ids and of the order entries were added in. */
    private static List<String> view(Study study) {
        List<String> view = new ArrayList<>();
        view.add("primary=" + study.getPrimaryRegistryId());
        view.add("title=" + study.getBriefTitle());
        view.add("status=" + study.getOverallStatus());
        view.add("ids=" + study.getIdentifiers().stream().map(RegistryIdentifier::value).sorted().toList());
        view.add("countries=" + study.getCountries());
        view.add("sites=" + study.getSites().size());
        view.add("sources=" + study.getFieldSources());
        view.add("texts=" + study.getTexts());
        return view;
    }
}
