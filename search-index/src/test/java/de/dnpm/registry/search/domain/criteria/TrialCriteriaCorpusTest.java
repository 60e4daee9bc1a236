package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every record of the shared ClinicalTrials.gov corpus: extraction never throws, what it stores reads back the same,
 * and how long it takes is printed (not asserted: the goal is at most 1 ms a study on average). With
 * {@code -Dcriteria.dump=path} every criterion is written out for review.
 */
class TrialCriteriaCorpusTest {

    @Test
    void readsEveryRecordOfTheSharedCorpusWithoutFailing() throws Exception {
        assumeTrue(CriteriaCorpus.present(), "shared data absent: " + CriteriaCorpus.DATA);
        List<CriteriaCorpus.Record> records = CriteriaCorpus.all();
        assertTrue(records.size() > 4000, "records: " + records.size());
        TrialCriteriaExtractor extractor = new TrialCriteriaExtractor(ConceptDictionaryLoader.shared(),
                BiomarkerVocabulary.standard(), TherapyVocabulary.standard());
        // warm up, then measure
        for (CriteriaCorpus.Record record : records) {
            extractor.extract(record.trial());
        }
        Map<CriterionType, Integer> counts = new EnumMap<>(CriterionType.class);
        String dump = System.getProperty("criteria.dump");
        try (PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
            long start = System.nanoTime();
            for (CriteriaCorpus.Record record : records) {
                TrialCriteria criteria = extractor.extract(record.trial());
                for (TrialCriterion c : criteria.criteria()) {
                    counts.merge(c.type(), 1, Integer::sum);
                    if (out != null) {
                        out.println(record.id() + "\t" + c.type() + "\t" + (c.exclusion() ? "E" : "I") + "\t"
                                + c.key() + "\t" + c.lower() + "\t" + c.upper() + "\t" + c.evidence());
                    }
                }
            }
            long nanos = System.nanoTime() - start;
            System.out.printf("criteria extraction: %d records in %d ms, %.3f ms a record; %s%n", records.size(),
                    nanos / 1_000_000, nanos / 1e6 / records.size(), counts);
        }
        for (CriteriaCorpus.Record record : records.subList(0, 300)) {
            TrialCriteria criteria = extractor.extract(record.trial());
            assertEquals(criteria, TrialCriteria.decode(criteria.encode()), record.id());
        }
    }
}
