package de.dnpm.registry.search.infrastructure.concepts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed concepts.tsv is what the generator makes of the shared vocabularies today. Run with
 * {@code -Dconcepts.write=true} to rewrite it after the vocabularies or the generator changed.
 */
class ConceptDictionaryGeneratorTest {

    @Test
    void committedResourceIsUpToDate() throws IOException {
        Path vocab = ConceptDictionaryGenerator.defaultVocabulary();
        assumeTrue(Files.isDirectory(vocab.resolve("disease-ontology")), "no shared vocabularies at " + vocab);
        String generated = new ConceptDictionaryGenerator().generate(vocab);
        Path resource = ConceptDictionaryGenerator.RESOURCE;
        if (Boolean.getBoolean("concepts.write")) {
            Files.writeString(resource, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(resource), "missing " + resource.toAbsolutePath());
        String committed = Files.readString(resource, StandardCharsets.UTF_8);
        // assertEquals on 2 MB strings would print both: say where they part instead.
        int at = firstDifference(committed, generated);
        assertEquals(-1, at, () -> "concepts.tsv is stale from character " + at + " on (committed: '"
                + excerpt(committed, at) + "', generated: '" + excerpt(generated, at)
                + "'): regenerate with -Dconcepts.write=true, see PROVENANCE.md");
    }

    @Test
    void keepsTheResourceSmall() throws IOException {
        Path resource = ConceptDictionaryGenerator.RESOURCE;
        assumeTrue(Files.exists(resource));
        assertTrue(Files.size(resource) < 6_000_000, "concepts.tsv has " + Files.size(resource) + " bytes");
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 80));
    }
}
