package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.IndexedVersions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.Arrays;

/** Reads every live document's study id and version from doc values into {@link IndexedVersions}. */
public final class StudyVersionReader {

    private StudyVersionReader() {
    }

    public static IndexedVersions read(IndexReader reader) throws IOException {
        int live = reader.numDocs();
        long[] pairs = new long[live * 2];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits liveDocs = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(StudyFields.STUDY_ID);
            NumericDocValues versions = leaf.reader().getNumericDocValues(StudyFields.STUDY_VERSION);
            if (ids == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                // documents written before versions were indexed have none: version 0, "unknown"
                long version = versions != null && versions.advanceExact(doc) ? versions.longValue() : 0;
                pairs[2 * n] = ids.longValue();
                pairs[2 * n + 1] = version;
                n++;
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(pairs[2 * a], pairs[2 * b]));
        long[] studyIds = new long[n];
        long[] studyVersions = new long[n];
        for (int i = 0; i < n; i++) {
            studyIds[i] = pairs[2 * order[i]];
            studyVersions[i] = pairs[2 * order[i] + 1];
        }
        return new IndexedVersions(studyIds, studyVersions);
    }
}
