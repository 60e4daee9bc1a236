package de.dnpm.registry.search.infrastructure.concepts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Human Disease Ontology files of the shared vocabularies. What each holds (release 2026-07-31):
 * <ul>
 *   <li>{@code HumanDO.tsv}: every term (12,246), its label and its direct parents, named by label (a term with two
 *   parents has two rows). The only complete hierarchy: the OBO subsets below flatten it to the subset's own terms.</li>
 *   <li>{@code allXREFinDO.tsv}: every term's cross-references (MESH, ICD10CM, NCI, UMLS_CUI, …).</li>
 *   <li>{@code DO_NCIthesaurus_subset.obo}, {@code DO_cancer_slim.obo}: synonyms, but only of the subsets' 4,757 and
 *   730 terms (mostly neoplasms). Non-cancer diseases therefore have no English synonyms here.</li>
 * </ul>
 * The root "disease" (DOID:4) is in none of the rows, only named as a parent: it is left out, its eight children are
 * the roots of the dictionary.
 */
final class DiseaseOntologyReader {

    static final String ROOT_LABEL = "disease";
    /** The OBO tag of a synonym that is an abbreviation ("NSCLC", "COPD"). */
    private static final String ABBREVIATION = "OMO:0003012";
    private static final Pattern SYNONYM =
            Pattern.compile("^synonym: \"((?:[^\"\\\\]|\\\\.)*)\" (EXACT|NARROW|RELATED|BROAD)(?: (\\S+))? \\[");

    /** An English synonym of the OBO files, with its scope and whether it is an abbreviation. */
    record Synonym(String text, String scope, boolean abbreviation) {
    }

    private DiseaseOntologyReader() {
    }

    /** The terms of HumanDO.tsv with parents and cross-references, by id, in file order. */
    static Map<String, ConceptDraft> read(Path folder) throws IOException {
        Map<String, ConceptDraft> concepts = new LinkedHashMap<>();
        Map<String, String> idByLabel = new HashMap<>();
        List<String[]> rows = readQuotedTsv(folder.resolve("HumanDO.tsv"));
        for (String[] row : rows) {
            concepts.computeIfAbsent(row[0], id -> new ConceptDraft(id, row[1]));
            idByLabel.put(row[1], row[0]);
        }
        for (String[] row : rows) {
            String parent = idByLabel.get(row[2]);
            if (parent != null) {
                concepts.get(row[0]).parents.add(parent);
            } else if (!row[2].equals(ROOT_LABEL)) {
                throw new IllegalStateException("unknown parent label '" + row[2] + "' of " + row[0]);
            }
        }
        for (String[] row : readQuotedTsv(folder.resolve("allXREFinDO.tsv"))) {
            ConceptDraft concept = concepts.get(row[0]);
            if (concept == null) {
                continue;
            }
            String xref = row[2];
            String value = xref.substring(xref.indexOf(':') + 1);
            switch (xref.substring(0, xref.indexOf(':'))) {
                case "MESH" -> concept.mesh.add(value);
                case "ICD10CM" -> concept.icd10.add(value);
                case "NCI" -> concept.nci.add(value);
                case "UMLS_CUI" -> concept.umls.add(value);
                default -> { }
            }
        }
        return concepts;
    }

    /** The synonyms of the non-obsolete terms of an OBO file, by term id, in file order. */
    static Map<String, List<Synonym>> readSynonyms(Path obo) throws IOException {
        Map<String, List<Synonym>> synonyms = new LinkedHashMap<>();
        String id = null;
        boolean obsolete = false;
        List<Synonym> current = new ArrayList<>();
        for (String line : Files.readAllLines(obo, StandardCharsets.UTF_8)) {
            if (line.startsWith("[")) {
                if (id != null && !obsolete) {
                    synonyms.computeIfAbsent(id, k -> new ArrayList<>()).addAll(current);
                }
                id = null;
                obsolete = false;
                current = new ArrayList<>();
                if (!line.equals("[Term]")) {
                    break;
                }
            } else if (line.startsWith("id: ")) {
                id = line.substring(4).strip();
            } else if (line.startsWith("is_obsolete: true")) {
                obsolete = true;
            } else if (line.startsWith("synonym: ")) {
                Matcher m = SYNONYM.matcher(line);
                if (!m.find()) {
                    throw new IllegalStateException("unreadable synonym line in " + obo + ": " + line);
                }
                current.add(new Synonym(m.group(1).replaceAll("\\\\(.)", "$1"), m.group(2),
                        ABBREVIATION.equals(m.group(3))));
            }
        }
        if (id != null && !obsolete) {
            synonyms.computeIfAbsent(id, k -> new ArrayList<>()).addAll(current);
        }
        return synonyms;
    }

    // The DO reports quote every value ("DOID:1324"\t"lung cancer"\t…) and double an inner quote; the first row is
    // the header.
    private static List<String[]> readQuotedTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                    cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
                }
                cells[i] = cell;
            }
            if (cells.length < 3) {
                throw new IllegalStateException("short row in " + file + ": " + line);
            }
            rows.add(cells);
        }
        return rows;
    }
}
