package de.dnpm.registry.importer.domain;

/** A term from a terminology, e.g. system "MeSH", code "D002289", term "Carcinoma, Non-Small-Cell Lung". */
public record CodedTerm(String system, String code, String term) {
}
