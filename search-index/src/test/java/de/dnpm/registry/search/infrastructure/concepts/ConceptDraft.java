package de.dnpm.registry.search.infrastructure.concepts;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A concept while the generator gathers it from the vocabularies; written out as one line of concepts.tsv. */
final class ConceptDraft {

    final String id;
    final String name;
    final Set<String> synonyms = new LinkedHashSet<>();
    final Set<String> germanNames = new LinkedHashSet<>();
    final Set<String> icd10 = new LinkedHashSet<>();
    final Set<String> mesh = new LinkedHashSet<>();
    final Set<String> oncoTree = new LinkedHashSet<>();
    final Set<String> parents = new LinkedHashSet<>();
    final Set<String> capitalsOnly = new LinkedHashSet<>();
    // Used to link OncoTree to the Disease Ontology; not written out.
    final Set<String> nci = new LinkedHashSet<>();
    final Set<String> umls = new LinkedHashSet<>();

    ConceptDraft(String id, String name) {
        this.id = id;
        this.name = clean(name);
    }

    /** Adds an English synonym unless the concept already has that term (letter case aside). */
    void addSynonym(String synonym) {
        String term = clean(synonym);
        if (!term.isEmpty() && !term.equalsIgnoreCase(name)
                && synonyms.stream().noneMatch(s -> s.equalsIgnoreCase(term))) {
            synonyms.add(term);
        }
    }

    /** Every term: name, synonyms, German names (lower case, for comparisons in the generator). */
    Set<String> termsLowerCase() {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(name.toLowerCase(Locale.ROOT));
        synonyms.forEach(s -> terms.add(s.toLowerCase(Locale.ROOT)));
        germanNames.forEach(s -> terms.add(s.toLowerCase(Locale.ROOT)));
        return terms;
    }

    // The resource separates values by '|' and columns by tabs; neither occurs in the sources' terms, but a stray one
    // must not shift a column.
    static String clean(String term) {
        return term.replace('\t', ' ').replace('|', '/').strip();
    }
}
