package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.TsvRows;
import de.dnpm.registry.search.domain.ConceptDictionary;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link ConceptDictionary} from the classpath: the generated disease concepts ({@value #CONCEPTS}) and the
 * hand-reviewed German lay terms and clinic abbreviations ({@value #LAY_TERMS}), which are added to their concepts'
 * German names first. A lay term whose concept is missing, or whose concept's name is not the label written down at
 * review, stops the loading: the table was reviewed against those labels. Both files are described in the
 * PROVENANCE.md beside them.
 */
public final class ConceptDictionaryLoader {

    public static final String CONCEPTS = "/de/dnpm/registry/search/concepts/concepts.tsv";
    public static final String LAY_TERMS = "/de/dnpm/registry/search/concepts/lay-terms-de.tsv";

    private static final System.Logger LOG = System.getLogger(ConceptDictionaryLoader.class.getName());
    private static final int CONCEPT_COLUMNS = 9;
    private static final int LAY_TERM_COLUMNS = 4;

    private ConceptDictionaryLoader() {
    }

    private static final SharedResource<ConceptDictionary> SHARED = new SharedResource<>(ConceptDictionaryLoader::load);

    /** The dictionary every user of this class loader shares: loaded once, on first use (about half a second). */
    public static ConceptDictionary shared() {
        return SHARED.get();
    }

    /** Lets the shared dictionary go, for an application being undeployed. */
    public static void release() {
        SHARED.release();
    }

    /** The dictionary of the resources on the classpath. */
    public static ConceptDictionary load() {
        long start = System.nanoTime();
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (String[] row : rows(CONCEPTS, CONCEPT_COLUMNS)) {
            Concept concept = new Concept(row[0], row[1], values(row[2]), values(row[3]), values(row[4]),
                    values(row[5]), values(row[6]), values(row[7]), values(row[8]));
            if (concepts.put(concept.id(), concept) != null) {
                throw new IllegalStateException(CONCEPTS + ": duplicate concept " + concept.id());
            }
        }
        Map<String, List<String[]>> layTermsById = new LinkedHashMap<>();
        int layTerms = 0;
        for (String[] row : rows(LAY_TERMS, LAY_TERM_COLUMNS)) {
            for (String id : reviewedIds(row, concepts)) {
                layTermsById.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            }
            layTerms++;
        }
        layTermsById.forEach((id, termRows) -> concepts.put(id, withLayTerms(concepts.get(id), termRows)));
        ConceptDictionary dictionary = new ConceptDictionary(concepts.values());
        LOG.log(Level.INFO, "Concept dictionary: {0} concepts, {1} lay terms, loaded in {2} ms", dictionary.size(),
                layTerms, (System.nanoTime() - start) / 1_000_000);
        return dictionary;
    }

    /**
     * Lay-term columns: the term; the concept ids it names (space-separated); their names as checked at review
     * ('|'-separated, in the same order); "capitals" when the term names the concepts only in capitals; a note.
     */
    private static List<String> reviewedIds(String[] row, Map<String, Concept> concepts) {
        List<String> ids = Arrays.asList(row[1].strip().split("\\s+"));
        List<String> labels = values(row[2]);
        if (ids.size() != labels.size()) {
            throw new IllegalStateException(LAY_TERMS + ": '" + row[0] + "' names " + ids.size() + " concepts but "
                    + labels.size() + " reviewed labels");
        }
        for (int i = 0; i < ids.size(); i++) {
            Concept concept = concepts.get(ids.get(i));
            if (concept == null || !concept.name().equals(labels.get(i))) {
                throw new IllegalStateException(LAY_TERMS + ": '" + row[0] + "' → " + ids.get(i) + " was reviewed as '"
                        + labels.get(i) + "' but is " + (concept == null ? "missing" : "'" + concept.name() + "'"));
            }
        }
        return ids;
    }

    /**
     * The concept with its lay terms as German names, before the ICD-10-GM titles. The table decides how a term counts
     * for this concept, even where the generated concept marks the same abbreviation capitals-only: the table was
     * reviewed by hand, the generated rule was not.
     */
    private static Concept withLayTerms(Concept concept, List<String[]> rows) {
        List<String> german = new ArrayList<>();
        List<String> capitals = new ArrayList<>(concept.capitalsOnly());
        for (String[] row : rows) {
            german.add(row[0]);
            capitals.remove(row[0]);
            if (row[3].strip().equals("capitals")) {
                capitals.add(row[0]);
            }
        }
        concept.germanNames().stream().filter(n -> !german.contains(n)).forEach(german::add);
        return new Concept(concept.id(), concept.name(), concept.synonyms(), german, concept.icd10(), concept.mesh(),
                concept.oncoTree(), concept.parents(), capitals);
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = ConceptDictionaryLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return TsvRows.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns);
    }

    private static List<String> values(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }
}
