package de.dnpm.registry.importer.domain;

/** The document formats a source record can come in; stored with every raw document so it can be re-parsed. */
public enum SourceFormat {
    CTGOV_JSON, CTGOV_XML
}
