package de.dnpm.registry.quality;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation set: its topics (id → the text a user gives the search) and graded judgments (topic → NCT number →
 * grade: 0 not relevant, 1 partly (TREC: excluded), 2 relevant (TREC: eligible)). {@code patientNotes}: the topics are
 * descriptions of patients, searched as such; otherwise they are queries typed into the search box.
 */
record TopicSet(String name, boolean patientNotes, boolean tuning, Map<String, String> topics,
                Map<String, Map<String, Integer>> judgments) {

    /** TrialGPT's BEIR layout: {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/test.tsv}. */
    static TopicSet beir(String name, Path folder, boolean tuning) throws IOException {
        Map<String, String> topics = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject topic = reader.readObject();
                    topics.put(topic.getString("_id"), topic.getString("text"));
                }
            }
        }
        return new TopicSet(name, true, tuning, topics, qrels(folder.resolve("qrels/test.tsv"), 0, 1, 2, true));
    }

    /**
     * TREC 2023's templated questionnaires as the note a clinician would write: the template (the disease the
     * questionnaire is for) first, then each answered field as "field: answer".
     */
    static TopicSet trec2023(Path topicsXml, Path qrels) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList topicElements = factory.newDocumentBuilder().parse(topicsXml.toFile()).getElementsByTagName("topic");
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 0; i < topicElements.getLength(); i++) {
            Element topic = (Element) topicElements.item(i);
            StringBuilder note = new StringBuilder(topic.getAttribute("template")).append(".\n");
            NodeList fields = topic.getElementsByTagName("field");
            for (int f = 0; f < fields.getLength(); f++) {
                Element field = (Element) fields.item(f);
                String answer = field.getTextContent().strip();
                if (!answer.isEmpty()) {
                    note.append(field.getAttribute("name")).append(": ").append(answer).append(".\n");
                }
            }
            topics.put(topic.getAttribute("number"), note.toString().strip());
        }
        return new TopicSet("TREC 2023", true, false, topics, qrels(qrels, 0, 2, 3, false));
    }

    /** Our own set: {@code queries.tsv} (id, query, need) and {@code qrels.tsv} (id, nct, grade), with headers. */
    static TopicSet typedQueries(String name, Path folder) throws IOException {
        Map<String, String> topics = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("queries.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                topics.put(cells[0], cells[1]);
            }
        }
        return new TopicSet(name, false, false, topics, qrels(folder.resolve("qrels.tsv"), 0, 1, 2, true));
    }

    private static Map<String, Map<String, Integer>> qrels(Path file, int topicColumn, int docColumn, int gradeColumn,
                                                           boolean header) throws IOException {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(header ? 1 : 0, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length > gradeColumn) {
                judgments.computeIfAbsent(cells[topicColumn], t -> new LinkedHashMap<>())
                        .put(cells[docColumn], Integer.parseInt(cells[gradeColumn]));
            }
        }
        return judgments;
    }

    /** These judgments restricted to the studies of the corpus: the others cannot be found and are not counted. */
    TopicSet within(java.util.Set<String> corpus) {
        Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
        judgments.forEach((topic, graded) -> {
            Map<String, Integer> inCorpus = new LinkedHashMap<>();
            graded.forEach((nct, grade) -> {
                if (corpus.contains(nct)) {
                    inCorpus.put(nct, grade);
                }
            });
            kept.put(topic, inCorpus);
        });
        return new TopicSet(name, patientNotes, tuning, topics, kept);
    }
}
