package de.dnpm.registry.search.domain.matching;

/**
 * How specifically a trial fits, best first, as genomic matchers rank: a trial that asks for the patient's variant
 * before one that asks for the gene, the exact tumour type before the solid / liquid bucket.
 */
public enum MatchTier {
    VARIANT_AND_TYPE, VARIANT_AND_BUCKET, GENE_AND_TYPE, GENE_AND_BUCKET, TYPE, BUCKET, OTHER
}
