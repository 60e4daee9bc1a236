package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). {@code type} is "about:blank" for plain
 * HTTP errors and a URN of this API for the ones a client may want to tell apart.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";
    public static final String INVALID_QUERY = "urn:dnpm-registry:problem:invalid-query";
    public static final String INVALID_PARAMETER = "urn:dnpm-registry:problem:invalid-parameter";
    public static final String STUDY_NOT_FOUND = "urn:dnpm-registry:problem:study-not-found";
    public static final String SOURCE_VERSION_NOT_FOUND = "urn:dnpm-registry:problem:source-version-not-found";
    public static final String IMPORT_JOB_NOT_FOUND = "urn:dnpm-registry:problem:import-job-not-found";
    public static final String IMPORT_JOB_ENDED = "urn:dnpm-registry:problem:import-job-ended";
    public static final String UPLOAD_TOO_LARGE = "urn:dnpm-registry:problem:upload-too-large";
    public static final String UPLOAD_EMPTY = "urn:dnpm-registry:problem:upload-empty";
    public static final String IMPORT_SOURCE_NOT_FOUND = "urn:dnpm-registry:problem:import-source-not-found";
    public static final String OUTSIDE_IMPORT_FOLDER = "urn:dnpm-registry:problem:outside-import-folder";
}
