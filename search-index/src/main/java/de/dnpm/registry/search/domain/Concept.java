package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * A disease concept of the {@link ConceptDictionary}: a Disease Ontology id ({@code DOID:1324}) or, for an OncoTree
 * tumour type the Disease Ontology lacks, {@code ONCOTREE:<code>}; its names in English and German, and its codes in
 * the classifications trials carry (ICD-10, MeSH, OncoTree). Parents are concept ids of the same dictionary.
 * {@code capitalsOnly} lists those of its terms that name it only when written in capitals, because in lower case they
 * are a common word ("ALL" is acute lymphoblastic leukaemia, "all" is not).
 */
public record Concept(String id, String name, List<String> synonyms, List<String> germanNames, List<String> icd10,
                      List<String> mesh, List<String> oncoTree, List<String> parents, List<String> capitalsOnly) {

    public Concept {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a concept needs an id and an English name: " + id);
        }
        synonyms = List.copyOf(synonyms);
        germanNames = List.copyOf(germanNames);
        icd10 = List.copyOf(icd10);
        mesh = List.copyOf(mesh);
        oncoTree = List.copyOf(oncoTree);
        parents = List.copyOf(parents);
        capitalsOnly = List.copyOf(capitalsOnly);
    }
}
