package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.StudyDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The baseline the issue names: plain Lucene BM25 over one field holding all of a study's text (titles, conditions,
 * keywords, interventions, summary, eligibility), English analysis, the whole topic text as an OR of its words.
 */
final class PlainBm25Ranker implements Ranker, AutoCloseable {

    private static final String TEXT = "text";
    private static final String NCT = "nct";
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBm25Ranker(Collection<StudyDocument> documents) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (StudyDocument study : documents) {
                Document document = new Document();
                document.add(new StoredField(NCT, study.primaryRegistryId()));
                document.add(new TextField(TEXT, allText(study), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    private static String allText(StudyDocument study) {
        return Stream.of(Stream.of(study.briefTitle(), study.officialTitle(), study.summary(),
                                study.eligibilityCriteria()),
                        study.conditions().stream(), study.conditionTerms().stream(), study.keywords().stream(),
                        study.interventions().stream())
                .flatMap(s -> s).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    @Override
    public List<String> rank(String topic, boolean patientNote, int depth) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        try (var stream = analyzer.tokenStream(TEXT, topic)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && clauses < IndexSearcher.getMaxClauseCount()) {
                words.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
                clauses++;
            }
            stream.end();
        }
        StoredFields stored = searcher.storedFields();
        List<String> ranking = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(words.build(), depth).scoreDocs) {
            ranking.add(stored.document(hit.doc).get(NCT));
        }
        return ranking;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
