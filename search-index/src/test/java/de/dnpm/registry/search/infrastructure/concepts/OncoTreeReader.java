package de.dnpm.registry.search.infrastructure.concepts;

import de.dnpm.registry.search.domain.TermKey;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links the OncoTree tumour types ({@code oncotree_2025_10_03.json}: a tree from "TISSUE" over tissues, level 1, to
 * tumour types, level 2 and below) to the Disease Ontology. A tumour type is the DO concept that shares its NCI
 * Thesaurus code, else its UMLS CUI, else whose name (else only synonym) is its name, compared by {@link TermKey}; it
 * then gives that concept its code and, as an English synonym, its name. A tumour type with no DO concept becomes a
 * concept of its own, {@code ONCOTREE:<code>}, below its OncoTree parent's concept, or, under a tissue, below the DO
 * concept named by its main type ("Ovarian Cancer, Other" under "ovarian cancer"). Tissues are anatomy,
 * not diseases, and are left out.
 */
final class OncoTreeReader {

    static final String ID_PREFIX = "ONCOTREE:";

    private record Node(String code, String name, String mainType, int level, String parent, Set<String> nci,
                        Set<String> umls) {
    }

    private final Map<String, ConceptDraft> concepts;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Set<String>> conceptsByNci = new HashMap<>();
    private final Map<String, Set<String>> conceptsByUmls = new HashMap<>();
    private final Map<String, Set<String>> conceptsByName = new HashMap<>();
    private final Map<String, Set<String>> conceptsByKey = new HashMap<>();
    private final Map<String, Set<String>> linked = new HashMap<>();
    int linkedByCode;
    int linkedByName;

    OncoTreeReader(Map<String, ConceptDraft> concepts) {
        this.concepts = concepts;
        for (ConceptDraft concept : concepts.values()) {
            concept.nci.forEach(c -> conceptsByNci.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(concept.id));
            concept.umls.forEach(c -> conceptsByUmls.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(concept.id));
            conceptsByName.computeIfAbsent(TermKey.of(concept.name), k -> new LinkedHashSet<>()).add(concept.id);
            concept.termsLowerCase().forEach(t ->
                    conceptsByKey.computeIfAbsent(TermKey.of(t), k -> new LinkedHashSet<>()).add(concept.id));
        }
    }

    /** Links the tree's tumour types and adds the unlinked ones; returns the new concepts, by id. */
    Map<String, ConceptDraft> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            collect(reader.readObject().getJsonObject("TISSUE"));
        }
        List<Node> tumourTypes = nodes.values().stream().filter(n -> n.level() >= 2)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        for (Node node : tumourTypes) {
            Set<String> ids = link(node);
            if (!ids.isEmpty()) {
                linked.put(node.code(), ids);
                for (String id : ids) {
                    concepts.get(id).oncoTree.add(node.code());
                    concepts.get(id).addSynonym(node.name());
                }
            }
        }
        Map<String, ConceptDraft> added = new TreeMap<>();
        for (Node node : tumourTypes) {
            if (!linked.containsKey(node.code())) {
                ConceptDraft concept = new ConceptDraft(ID_PREFIX + node.code(), node.name());
                concept.oncoTree.add(node.code());
                concept.parents.addAll(parentsOf(node));
                added.put(concept.id, concept);
            }
        }
        return added;
    }

    private Set<String> link(Node node) {
        Set<String> ids = new LinkedHashSet<>();
        node.nci().forEach(c -> ids.addAll(conceptsByNci.getOrDefault(c, Set.of())));
        if (ids.isEmpty()) {
            node.umls().forEach(c -> ids.addAll(conceptsByUmls.getOrDefault(c, Set.of())));
        }
        if (!ids.isEmpty()) {
            linkedByCode++;
            return ids;
        }
        Set<String> byName = named(node.name());
        if (!byName.isEmpty()) {
            linkedByName++;
        }
        return byName;
    }

    /** The one DO concept of that name, else the one with that synonym or German name, else none. */
    private Set<String> named(String name) {
        for (Map<String, Set<String>> terms : List.of(conceptsByName, conceptsByKey)) {
            Set<String> ids = terms.getOrDefault(TermKey.of(name), Set.of());
            if (ids.size() == 1) {
                return ids;
            }
        }
        return Set.of();
    }

    private Set<String> parentsOf(Node node) {
        Node parent = nodes.get(node.parent());
        if (parent != null && parent.level() >= 2) {
            return linked.getOrDefault(parent.code(), Set.of(ID_PREFIX + parent.code()));
        }
        return named(node.mainType());
    }

    private void collect(JsonObject json) {
        Node node = new Node(json.getString("code"), withoutNos(json.getString("name")),
                json.isNull("mainType") ? "" : json.getString("mainType"), json.getInt("level"),
                json.isNull("parent") ? null : json.getString("parent"),
                references(json, "NCI"), references(json, "UMLS"));
        nodes.put(node.code(), node);
        JsonObject children = json.getJsonObject("children");
        for (String code : children.keySet()) {
            collect(children.getJsonObject(code));
        }
    }

    private static Set<String> references(JsonObject json, String system) {
        JsonValue refs = json.get("externalReferences");
        Set<String> codes = new LinkedHashSet<>();
        if (refs instanceof JsonObject object && object.get(system) instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                codes.add(array.getString(i));
            }
        }
        return codes;
    }

    // "Steroid Cell Tumor, NOS": "not otherwise specified" is OncoTree's bookkeeping, not part of a name one searches.
    private static String withoutNos(String name) {
        return name.endsWith(", NOS") ? name.substring(0, name.length() - 5) : name;
    }

    List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("OncoTree tumour types: " + nodes.values().stream().filter(n -> n.level() >= 2).count()
                + ", linked by NCI/UMLS code " + linkedByCode + ", by name " + linkedByName);
        return lines;
    }
}
