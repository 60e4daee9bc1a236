package de.dnpm.registry.search.infrastructure.concepts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German names from ICD-10-GM 2025 titles ({@code icd10gm2025syst_kodes.txt}, BfArM metadata format: ';'-separated,
 * no header; field 7 (index 6) is the code with dot, field 9 (index 8) its title). A title becomes a German name of
 * the Disease Ontology concepts mapped to its code (DO's ICD10CM xrefs: ICD-10-CM and -GM share three- and
 * four-character codes), verbatim, as BfArM asks. Not every mapping makes a good name:
 * <ul>
 *   <li>residual classes ("Sonstige …", "… nicht näher bezeichnet", "anderenorts nicht klassifiziert") name no
 *   disease: skipped;</li>
 *   <li>a concept mapped to several codes of one category ("lung cancer": C34.1, C34.2, C34.3 — upper, middle, lower
 *   lobe) is named by the category's title (C34 "Bösartige Neubildung der Bronchien und der Lunge"), not by its
 *   parts;</li>
 *   <li>a code mapped to several concepts names only the one that is an ancestor of all the others (G30
 *   "Alzheimer-Krankheit" names "Alzheimer's disease", not its numbered genetic types); without such an ancestor it
 *   names none;</li>
 *   <li>a five-character ICD-10-CM code names by its four-character code, the part both classifications share
 *   (C91.00 by C91.0 "Akute lymphatische Leukämie [ALL]"); codes ICD-10-GM lacks give no name.</li>
 * </ul>
 */
final class Icd10GmTitles {

    private static final Pattern RESIDUAL = Pattern.compile(
            "^(Sonstige|Sonstiger|Sonstiges|Andere|Anderer|Anderes)\\b|nicht näher bezeichnet|[Uu]ngenau bezeichnet"
                    + "|anderenorts nicht klassifiziert|o\\.n\\.A\\.|n\\.n\\.bez\\.");
    private static final Pattern CODE = Pattern.compile("[A-Z]\\d\\d(\\.[0-9A-Z]{1,2})?");

    private final Map<String, String> titleByCode = new HashMap<>();

    private Icd10GmTitles() {
    }

    static Icd10GmTitles read(Path file) throws IOException {
        Icd10GmTitles titles = new Icd10GmTitles();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split(";", -1);
            if (fields.length > 8 && CODE.matcher(fields[6]).matches()) {
                titles.titleByCode.put(fields[6], fields[8].strip());
            }
        }
        if (titles.titleByCode.size() < 10_000) {
            throw new IllegalStateException("too few ICD-10-GM codes in " + file + ": " + titles.titleByCode.size());
        }
        return titles;
    }

    int size() {
        return titleByCode.size();
    }

    /** Adds the German names to the concepts (by id, with their parents set); returns how many concepts got one. */
    int nameConcepts(Map<String, ConceptDraft> concepts) {
        Map<String, List<String>> ownersByCode = new LinkedHashMap<>();
        for (ConceptDraft concept : concepts.values()) {
            for (String code : namingCodes(concept.icd10)) {
                ownersByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(concept.id);
            }
        }
        Set<String> named = new HashSet<>();
        ownersByCode.forEach((code, owners) -> {
            String title = titleByCode.get(code);
            if (title == null || RESIDUAL.matcher(title).find()) {
                return;
            }
            String owner = owners.size() == 1 ? owners.get(0) : commonAncestor(owners, concepts);
            if (owner != null) {
                concepts.get(owner).germanNames.add(ConceptDraft.clean(title));
                named.add(owner);
            }
        });
        return named.size();
    }

    /** The codes whose titles name a concept: its codes, with several codes of one category replaced by the category. */
    private static Set<String> namingCodes(Collection<String> codes) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (String code : codes) {
            if (CODE.matcher(code).matches()) {
                // A fifth character of ICD-10-CM qualifies its four-character code (C91.00: ALL "not having achieved
                // remission"); ICD-10-GM's own fifth characters mean other things. Name by the shared four characters.
                String shared = code.length() > 5 ? code.substring(0, 5) : code;
                List<String> inCategory = byCategory.computeIfAbsent(code.substring(0, 3), k -> new ArrayList<>());
                if (!inCategory.contains(shared)) {
                    inCategory.add(shared);
                }
            }
        }
        Set<String> naming = new LinkedHashSet<>();
        byCategory.forEach((category, inCategory) -> {
            if (inCategory.size() > 1) {
                naming.add(category);
            } else {
                naming.addAll(inCategory);
            }
        });
        return naming;
    }

    /** The one owner that is an ancestor of every other owner, or null. */
    private static String commonAncestor(List<String> owners, Map<String, ConceptDraft> concepts) {
        for (String candidate : owners) {
            boolean aboveAll = owners.stream()
                    .allMatch(o -> o.equals(candidate) || ancestors(o, concepts).contains(candidate));
            if (aboveAll) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> ancestors(String id, Map<String, ConceptDraft> concepts) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            ConceptDraft concept = concepts.get(todo.remove(todo.size() - 1));
            if (concept != null) {
                concept.parents.stream().filter(seen::add).forEach(todo::add);
            }
        }
        return seen;
    }
}
