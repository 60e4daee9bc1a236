package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Builds problem-details responses. Titles and our own details come from the {@code problems} bundle in English or
 * German after the request's Accept-Language (English by default); messages of the search index stay as they are.
 * The body is serialised here, so it does not depend on a JSON provider accepting {@code application/problem+json}.
 */
public final class ProblemResponses {

    static final String BUNDLE = "de.dnpm.registry.rest.problems";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final List<String> LANGUAGES = List.of("en", "de");

    private final Locale locale;
    private final String instance;

    public ProblemResponses(HttpHeaders headers, UriInfo uriInfo) {
        this(language(headers), uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
    }

    ProblemResponses(Locale locale, String instance) {
        this.locale = locale;
        this.instance = instance;
    }

    /** The index's message says what is wrong in words meant for the user; it is passed on unchanged. */
    public Response invalidQuery(String message) {
        return build(400, Problem.INVALID_QUERY, text("title.invalid-query"),
                message == null || message.isBlank() ? text("detail.invalid-query") : message);
    }

    /** A bad parameter; {@code message} says which and why, or null for the generic detail. */
    public Response invalidParameter(String message) {
        return build(400, Problem.INVALID_PARAMETER, text("title.invalid-parameter"),
                message == null ? text("detail.invalid-parameter") : message);
    }

    public Response studyNotFound(String registryId) {
        return build(404, Problem.STUDY_NOT_FOUND, text("title.study-not-found"),
                text("detail.study-not-found", registryId));
    }

    public Response sourceVersionNotFound(String registryId, long versionId) {
        return build(404, Problem.SOURCE_VERSION_NOT_FOUND, text("title.source-version-not-found"),
                text("detail.source-version-not-found", registryId, versionId));
    }

    /** A bad request whose detail is one of our own texts ({@code detail.*} key of the bundle). */
    public Response invalidRequest(String detailKey) {
        return build(400, Problem.INVALID_PARAMETER, text("title.invalid-parameter"), text(detailKey));
    }

    public Response importJobNotFound(long id) {
        return build(404, Problem.IMPORT_JOB_NOT_FOUND, text("title.import-job-not-found"),
                text("detail.import-job-not-found", id));
    }

    /** The job can no longer be cancelled: it has reached a final state. */
    public Response importJobEnded(long id, String state) {
        return build(409, Problem.IMPORT_JOB_ENDED, text("title.import-job-ended"),
                text("detail.import-job-ended", id, state));
    }

    /**
     * The import service refused the source. A path outside the import folder is a 400, not a 403: the caller is
     * allowed to import, only this value is unacceptable (and 403 stays reserved for missing rights).
     */
    public Response importSourceRefused(ImportSourceException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> build(413, Problem.UPLOAD_TOO_LARGE, text("title.upload-too-large"),
                    text("detail.upload-too-large"));
            case EMPTY -> build(400, Problem.UPLOAD_EMPTY, text("title.upload-empty"), text("detail.upload-empty"));
            case NOT_FOUND -> build(404, Problem.IMPORT_SOURCE_NOT_FOUND, text("title.import-source-not-found"),
                    text("detail.import-source-not-found"));
            case OUTSIDE_IMPORT_FOLDER -> build(400, Problem.OUTSIDE_IMPORT_FOLDER,
                    text("title.outside-import-folder"), text("detail.outside-import-folder"));
        };
    }

    /** Authenticated, but without the role the operation needs. */
    public Response forbidden() {
        return build(403, Problem.ABOUT_BLANK, statusTitle(403), text("detail.forbidden"));
    }

    /**
     * The body of a 401 that the container itself sends (the HTTP Basic mechanism rejects missing or wrong credentials
     * before JAX-RS runs); written by {@link AuthenticationProblem}.
     */
    String unauthorizedJson() {
        return JSONB.toJson(new Problem(Problem.ABOUT_BLANK, statusTitle(401), 401, text("detail.unauthorized"),
                instance));
    }

    /** A plain HTTP error (unknown path, wrong method, ...), titled by its status. */
    public Response httpError(int status) {
        return build(status, Problem.ABOUT_BLANK, statusTitle(status), text("detail.http", status));
    }

    /** An error of ours: the detail gives only a reference that is also in the server log. */
    public Response unexpected(String reference) {
        return build(500, Problem.ABOUT_BLANK, statusTitle(500), text("detail.unexpected", reference));
    }

    Response build(int status, String type, String title, String detail) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        Problem problem = new Problem(type, title, status, detail, instance);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .language(locale)
                .cacheControl(noStore)
                .entity(JSONB.toJson(problem))
                .build();
    }

    private String statusTitle(int status) {
        String key = "title." + status;
        if (has(key)) {
            return text(key);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? text("title.error") : known.getReasonPhrase();
    }

    private boolean has(String key) {
        return bundle().containsKey(key);
    }

    String text(String key, Object... arguments) {
        try {
            String pattern = bundle().getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The first of English and German among the caller's languages (servlet request order), else English. */
    static Locale language(Iterable<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if (LANGUAGES.contains(wanted.getLanguage())) {
                return Locale.of(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    /** The first of English and German the request accepts, else English (exports and feeds use it too). */
    public static Locale language(HttpHeaders headers) {
        if (headers != null) {
            try {
                for (Locale wanted : headers.getAcceptableLanguages()) {
                    if (LANGUAGES.contains(wanted.getLanguage())) {
                        return Locale.of(wanted.getLanguage());
                    }
                }
            } catch (RuntimeException unreadableHeader) {
                // a malformed Accept-Language must not turn an error response into another error
            }
        }
        return Locale.ENGLISH;
    }
}
