package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.SnippetField;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The snippet of one hit: the first of its title, conditions, summary, inclusion and exclusion criteria (English, then
 * German) that holds a word of the query, with the words marked ({@link MarkedHtmlFormatter}). Titles and conditions
 * are shown whole, long texts as a passage of about {@value #PASSAGE_LENGTH} characters around the best match. The
 * stored text is analysed again here, per field, with the field's own (English or German) analysis, so no offsets are
 * kept in the index; this is done for the hits of one page only. Thread-safe.
 */
public final class HitSnippets {

    static final int PASSAGE_LENGTH = 160;

    /** The stored fields snippets are read from (beside those of a hit). */
    public static final Set<String> STORED_FIELDS = java.util.stream.Stream.concat(
            StudyFields.SNIPPET_STORED.stream(), java.util.stream.Stream.of(StudyFields.BRIEF_TITLE,
                    StudyFields.CONDITION)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A snippet: which part of the study it comes from, and its HTML. */
    public record Snippet(SnippetField field, String html) {
    }

    /* Where each part is read from (the stored field) and which query field its words must match. */
    private record Source(SnippetField part, String storedField, String queryField, boolean whole) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(SnippetField.TITLE, StudyFields.BRIEF_TITLE, StudyFields.TITLE, true),
            new Source(SnippetField.TITLE, StudyFields.TITLE_DE, StudyFields.TITLE_DE, true),
            new Source(SnippetField.CONDITIONS, StudyFields.CONDITION, StudyFields.CONDITION, true),
            new Source(SnippetField.CONDITIONS, StudyFields.CONDITION_DE, StudyFields.CONDITION_DE, true),
            new Source(SnippetField.SUMMARY, StudyFields.SUMMARY, StudyFields.SUMMARY, false),
            new Source(SnippetField.SUMMARY, StudyFields.SUMMARY_DE, StudyFields.SUMMARY_DE, false),
            new Source(SnippetField.ELIGIBILITY, StudyFields.ELIGIBILITY, StudyFields.ELIGIBILITY, false),
            new Source(SnippetField.ELIGIBILITY, StudyFields.ELIGIBILITY_DE, StudyFields.ELIGIBILITY_DE, false),
            new Source(SnippetField.EXCLUSION, StudyFields.EXCLUSION, StudyFields.EXCLUSION, false),
            new Source(SnippetField.EXCLUSION, StudyFields.EXCLUSION_DE, StudyFields.EXCLUSION_DE, false));

    private final UnifiedHighlighter whole;
    private final UnifiedHighlighter passage;

    public HitSnippets(Analyzer analyzer) {
        MarkedHtmlFormatter formatter = new MarkedHtmlFormatter();
        this.whole = UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(formatter)
                .withBreakIterator(WholeBreakIterator::new).withMaxNoHighlightPassages(0).build();
        this.passage = UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(formatter)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0).build();
    }

    /** The snippet of a hit loaded with (at least) {@link #STORED_FIELDS}, for the query's words; empty if none. */
    public Optional<Snippet> of(Document stored, Query query) throws IOException {
        for (Source source : SOURCES) {
            List<String> values = new ArrayList<>(List.of(stored.getValues(source.storedField())));
            values.removeIf(String::isBlank);
            if (values.isEmpty()) {
                continue;
            }
            String content = String.join(source.whole() ? "; " : "\n\n", values);
            Object html = (source.whole() ? whole : passage)
                    .highlightWithoutSearcher(source.queryField(), query, content, 1);
            if (html instanceof String marked && marked.contains("<mark>")) {
                return Optional.of(new Snippet(source.part(), marked));
            }
        }
        return Optional.empty();
    }
}
