package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.BiomarkerMentions;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;
import java.util.stream.Stream;

/**
 * Biomarkers in a query or a patient description rank the trials by what they ask of them: a trial that requires the
 * marker asked for (or rules out the one the patient lacks: "HER2-negativ") scores {@value #FITS}×; one that names it
 * only to exclude it ("KRAS mutation other than G12C", "Exclusion: ERBB2 amplification") or requires what the patient
 * lacks keeps {@value #CONFLICTS} of its score. A trial that requires the marker under another name
 * ("microsatellite instability-high" for "MSI-H") is found even when its words differ from the query's, unless the
 * query is written in query syntax.
 */
final class BiomarkerRanking {

    static final float FITS = 2f;
    static final float CONFLICTS = 0.25f;
    /* A trial found by its marker alone scores like a weak word match, then gains FITS. */
    private static final float FOUND_BY_MARKER = 1f;

    private BiomarkerRanking() {
    }

    /** {@code mayWiden}: false for text in query syntax ("egfr NOT osimertinib"), which means what it says. */
    static Query apply(Query text, boolean mayWiden, String... asked) {
        String all = String.join("\n", Stream.of(asked).filter(a -> a != null && !a.isBlank()).toList());
        BiomarkerMentions markers = all.isEmpty() ? BiomarkerMentions.NONE : BiomarkerMentions.inQuery(all);
        if (markers.isEmpty()) {
            return text;
        }
        Query fits = anyOf(markers.requiredKeys(), markers.excludedKeys());
        Query conflicts = anyOf(markers.excludedKeys(), markers.requiredKeys());
        Query found = !mayWiden ? text : new BooleanQuery.Builder().add(text, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(fits), FOUND_BY_MARKER), Occur.SHOULD).build();
        return FunctionScoreQuery.boostByQuery(FunctionScoreQuery.boostByQuery(found, fits, FITS), conflicts,
                CONFLICTS);
    }

    /* Trials requiring any of {@code required} or excluding any of {@code excluded}. */
    private static Query anyOf(List<String> required, List<String> excluded) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        required.forEach(key -> any.add(new TermQuery(new Term(StudyFields.MARKER_REQUIRED, key)), Occur.SHOULD));
        excluded.forEach(key -> any.add(new TermQuery(new Term(StudyFields.MARKER_EXCLUDED, key)), Occur.SHOULD));
        return any.build();
    }
}
