package de.dnpm.registry.domain;

/** The formats a stored source document is kept in, with the media type it is served as. */
public enum DocumentFormat {
    CTGOV_JSON("application/json"), CTGOV_XML("application/xml");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
