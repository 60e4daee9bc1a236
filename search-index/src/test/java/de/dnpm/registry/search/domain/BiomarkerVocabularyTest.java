package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped tables (biomarkers.tsv, biomarker-words.tsv) and the rules that keep them consistent. */
class BiomarkerVocabularyTest {

    private static final BiomarkerVocabulary VOCABULARY = BiomarkerVocabulary.standard();
    // keys that name a state or a fusion, not one NCBI gene symbol
    // HLA-B27 is an allele group of HLA-B, ACPA (anti-CCP) an antibody: markers of inflammation boards, no genes
    private static final Set<String> NOT_GENE_SYMBOLS = Set.of("PDL1", "BCR-ABL", "NTRK", "HR", "MSI", "MMR", "TMB",
            "HRD", "HLA-B27", "ACPA");

    @Test
    void holdsACompactSetOfActionableMarkers() {
        long markers = VOCABULARY.keys().stream().filter(BiomarkerKey::isMarkerOnly).count();
        assertTrue(markers >= 30 && markers <= 45, markers + " markers");
        assertTrue(VOCABULARY.keys().size() <= 70, VOCABULARY.keys().size() + " keys");
        for (String key : List.of("EGFR", "EGFR:L858R", "EGFR:EXON19DEL", "EGFR:T790M", "KRAS:G12C", "BRAF:V600E",
                "ALK:FUSION", "ROS1:FUSION", "RET:FUSION", "NTRK:FUSION", "MET:EXON14", "MET:AMP", "ERBB2:POSITIVE",
                "ERBB2:LOW", "MSI:HIGH", "MMR:PROFICIENT", "TMB:HIGH", "PDL1", "PDL1:HIGH", "BRCA1", "BRCA2", "IDH1",
                "IDH2", "FLT3", "NPM1", "BCR-ABL", "PIK3CA", "ESR1", "HR:POSITIVE", "FGFR2", "FGFR3", "NRG1")) {
            assertTrue(VOCABULARY.isKey(BiomarkerKey.of(key)), key);
        }
    }

    @Test
    void aRequiredVariantImpliesItsGeneAndAnExcludedGeneExcludesItsVariants() {
        assertEquals(Set.of(BiomarkerKey.of("BRAF"), BiomarkerKey.of("BRAF:V600"), BiomarkerKey.of("BRAF:V600E")),
                VOCABULARY.withAncestors(List.of(BiomarkerKey.of("BRAF:V600E"))));
        assertEquals(Optional.of(BiomarkerKey.of("ERBB2")), VOCABULARY.parentOf(BiomarkerKey.of("ERBB2:LOW")));
        assertEquals(Optional.empty(), VOCABULARY.parentOf(BiomarkerKey.of("MSI:HIGH")));
        Set<BiomarkerKey> belowEgfr = VOCABULARY.withDescendants(List.of(BiomarkerKey.of("EGFR")));
        assertTrue(belowEgfr.contains(BiomarkerKey.of("EGFR:T790M")));
        assertFalse(belowEgfr.contains(BiomarkerKey.of("ERBB2")));
    }

    @Test
    void keysHaveOneNormalForm() {
        BiomarkerKey key = BiomarkerKey.of("KRAS:G12C");
        assertEquals("KRAS", key.marker());
        assertEquals("G12C", key.detail());
        assertEquals("KRAS:G12C", key.toString());
        assertEquals("BCR-ABL", BiomarkerKey.of("BCR-ABL").toString());
        assertThrows(IllegalArgumentException.class, () -> BiomarkerKey.of("egfr"));
        assertThrows(IllegalArgumentException.class, () -> BiomarkerKey.of("EGFR:"));
    }

    /** The gene keys carry the official symbols, so that they meet the gene list of any other source. */
    @Test
    void geneKeysAreOfficialNcbiSymbols() throws IOException {
        Path genes = Path.of(System.getProperty("shared.data", "../../shared/data"),
                "vocab/genes/human_genes_ncbi.tsv");
        assumeTrue(Files.isRegularFile(genes), "shared data absent: " + genes);
        Set<String> symbols = new HashSet<>();
        try (Stream<String> lines = Files.lines(genes, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> symbols.add(line.split("\t", 3)[1]));
        }
        for (BiomarkerKey key : VOCABULARY.keys()) {
            if (!NOT_GENE_SYMBOLS.contains(key.marker())) {
                assertTrue(symbols.contains(key.marker()), key + " is no NCBI gene symbol");
            }
        }
    }

    @Test
    void aSpellingThatWouldNameTwoThingsIsRefused() {
        String markers = """
                name\tkind\tparent\tspellings\tstates\tlevels\tnote
                EGFR\tgene\t\tEGFR|HER1\t\t\t
                ERBB2\tgene\t\tHER2|HER1\t\t\t
                """;
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BiomarkerVocabulary.read(new StringReader(markers), new StringReader("class\twords\n")));
        assertTrue(refused.getMessage().contains("HER1"), refused.getMessage());
    }

    @Test
    void aStateMustNameAKey() {
        String markers = """
                name\tkind\tparent\tspellings\tstates\tlevels\tnote
                ALK\tgene\t\tALK\tFUSION=ALK:FUSION\t\t
                """;
        assertThrows(IllegalArgumentException.class,
                () -> BiomarkerVocabulary.read(new StringReader(markers), new StringReader("class\twords\n")));
    }

    @Test
    void aSmallVocabularyOfItsOwnReadsTheSameWay() {
        BiomarkerVocabulary small = BiomarkerVocabulary.read(new StringReader("""
                name\tkind\tparent\tspellings\tstates\tlevels\tnote
                ALK\tgene\t\tALK\tFUSION=ALK:FUSION\t\t
                ALK:FUSION\tkey\tALK\t\t\t\t
                """), new StringReader("""
                class\twords
                FUSION\trearrangement|fusion
                NEGATOR\tno
                """));
        BiomarkerMentionsTest.assertMentions(BiomarkerMentions.inEligibility(
                "Inclusion Criteria:\n* ALK rearrangement\nExclusion Criteria:\n* no ALK", small), "ALK ALK:FUSION", "");
    }
}
