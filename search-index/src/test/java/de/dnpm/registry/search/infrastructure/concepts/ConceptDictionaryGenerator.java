package de.dnpm.registry.search.infrastructure.concepts;

import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@code concepts.tsv}, the disease concepts the portal ships, from the shared vocabularies
 * ({@code ../shared/data/vocab}): Disease Ontology terms with their hierarchy, English synonyms, MeSH and ICD-10-CM
 * xrefs; German names from ICD-10-GM titles; OncoTree codes and tumour types. The hand-reviewed German lay terms are
 * not part of it: the loader adds them. Run it as PROVENANCE.md beside the resource says; the same output every time
 * for the same input (sorted, no dates), so {@code ConceptDictionaryGeneratorTest} can tell a stale resource.
 */
public final class ConceptDictionaryGenerator {

    /** The resource, relative to the search-index module (Maven runs tests there). */
    public static final Path RESOURCE = Path.of("src/main/resources" + ConceptDictionaryLoader.CONCEPTS);
    static final String HEADER = "id\tname\tsynonyms\tgerman\ticd10\tmesh\toncotree\tparents\tcapitals_only";

    private static final System.Logger LOG = System.getLogger(ConceptDictionaryGenerator.class.getName());

    private final List<String> summary = new ArrayList<>();

    /** Arguments: the vocabulary folder (default: {@code <shared.data>/vocab}), the output file (default: RESOURCE). */
    public static void main(String[] args) throws IOException {
        Path vocab = args.length > 0 ? Path.of(args[0]) : defaultVocabulary();
        Path out = args.length > 1 ? Path.of(args[1]) : RESOURCE;
        ConceptDictionaryGenerator generator = new ConceptDictionaryGenerator();
        String text = generator.generate(vocab);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        generator.summary.forEach(line -> LOG.log(Level.INFO, line));
        LOG.log(Level.INFO, "wrote {0} ({1} bytes)", out.toAbsolutePath(), Files.size(out));
    }

    /** {@code <shared.data>/vocab}, where surefire's {@code shared.data} points (default {@code ../../shared/data}). */
    public static Path defaultVocabulary() {
        return Path.of(System.getProperty("shared.data", "../../shared/data")).resolve("vocab");
    }

    /** The resource's text for the vocabularies in {@code vocab}. */
    public String generate(Path vocab) throws IOException {
        Path doFolder = vocab.resolve("disease-ontology");
        Map<String, ConceptDraft> concepts = DiseaseOntologyReader.read(doFolder);
        summary.add("Disease Ontology terms: " + concepts.size());
        addSynonyms(concepts, doFolder, geneSymbols(vocab.resolve("genes/human_genes_ncbi.tsv")));
        Icd10GmTitles titles = Icd10GmTitles.read(vocab.resolve("icd/icd10gm2025syst_kodes.txt"));
        summary.add("ICD-10-GM codes: " + titles.size() + ", concepts given a German title: "
                + titles.nameConcepts(concepts));
        OncoTreeReader oncoTree = new OncoTreeReader(concepts);
        Map<String, ConceptDraft> oncoTreeOnly = oncoTree.read(vocab.resolve("oncology/oncotree_2025_10_03.json"));
        summary.addAll(oncoTree.summary());
        summary.add("OncoTree tumour types without a DO concept, added as ONCOTREE concepts: " + oncoTreeOnly.size());
        Map<String, ConceptDraft> all = new TreeMap<>(concepts);
        all.putAll(oncoTreeOnly);
        return write(all.values());
    }

    /** What the last {@link #generate} found, line by line (counts per source). */
    public List<String> summary() {
        return List.copyOf(summary);
    }

    /**
     * EXACT and NARROW synonyms of both OBO subsets (a narrower term still names the concept when typed). RELATED ones
     * are left out ("skeletal disease" is RELATED to a syndrome), BROAD ones too. Abbreviations match only in capitals
     * ("COLD" is COPD, "cold" is not), and those that are a human gene's official symbol ("NF1", "WT1") are dropped:
     * typed alone they mean the gene, as "EGFR" does.
     */
    private void addSynonyms(Map<String, ConceptDraft> concepts, Path doFolder, Set<String> genes) throws IOException {
        int added = 0;
        int droppedAsGene = 0;
        for (String file : List.of("DO_NCIthesaurus_subset.obo", "DO_cancer_slim.obo")) {
            for (var entry : DiseaseOntologyReader.readSynonyms(doFolder.resolve(file)).entrySet()) {
                ConceptDraft concept = concepts.get(entry.getKey());
                if (concept == null) {
                    continue;
                }
                for (DiseaseOntologyReader.Synonym synonym : entry.getValue()) {
                    if (!synonym.scope().equals("EXACT") && !synonym.scope().equals("NARROW")) {
                        continue;
                    }
                    String text = ConceptDraft.clean(synonym.text());
                    boolean abbreviation = synonym.abbreviation() || looksLikeAbbreviation(text);
                    if (abbreviation && genes.contains(text)) {
                        droppedAsGene++;
                        continue;
                    }
                    int before = concept.synonyms.size();
                    concept.addSynonym(text);
                    added += concept.synonyms.size() - before;
                    if (abbreviation) {
                        concept.capitalsOnly.add(text);
                    }
                }
            }
        }
        summary.add("English synonyms (EXACT, NARROW): " + added + ", abbreviations dropped as gene symbols: "
                + droppedAsGene);
    }

    // "SCLC", "MEN2A": one word, no lower-case letter, short.
    private static boolean looksLikeAbbreviation(String text) {
        return !text.contains(" ") && text.length() <= 6 && text.chars().anyMatch(Character::isLetter)
                && text.chars().noneMatch(Character::isLowerCase);
    }

    private static Set<String> geneSymbols(Path file) throws IOException {
        Set<String> symbols = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 1) {
                symbols.add(cells[1]);
            }
        }
        return symbols;
    }

    private static String write(Collection<ConceptDraft> concepts) {
        StringBuilder out = new StringBuilder();
        out.append("# Disease concepts of the ConceptDictionary, generated by ConceptDictionaryGenerator from the shared")
                .append(" vocabularies: do not edit, regenerate (see PROVENANCE.md)\n");
        out.append(HEADER).append('\n');
        for (ConceptDraft c : concepts) {
            out.append(String.join("\t", c.id, c.name, join(c.synonyms), join(c.germanNames), join(c.icd10),
                    join(c.mesh), join(c.oncoTree), join(c.parents), join(c.capitalsOnly))).append('\n');
        }
        return out.toString();
    }

    private static String join(Collection<String> values) {
        return String.join("|", values);
    }
}
