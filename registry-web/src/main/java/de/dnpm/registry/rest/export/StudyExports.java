package de.dnpm.registry.rest.export;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.rest.ProblemResponses;
import de.dnpm.registry.rest.SearchRequest;
import de.dnpm.registry.rest.StudyDetailAssembler;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The exports behind {@code GET /api/studies/export} (a search's result set) and {@code GET /api/studies/{id}/export}
 * (one study). A result set is cut at {@value #LIMIT} studies, read from the index and loaded from the database
 * {@value #CHUNK} at a time while the response is written, so neither side holds the whole export.
 */
@ApplicationScoped
public class StudyExports {

    /** The most studies one export gives: enough for a review, bounded for the server. */
    public static final int LIMIT = 1000;
    /** Studies per search page and per database load while streaming. */
    static final int CHUNK = 100;
    public static final String TOTAL_HEADER = "X-Total-Count";
    public static final String LIMIT_HEADER = "X-Export-Limit";
    public static final String TRUNCATED_HEADER = "X-Export-Truncated";
    private static final int MAX_AGE = 60;
    private static final Pattern UNSAFE_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    StudyCatalog catalog;

    /**
     * The result set of the search the parameters describe ({@code page} and {@code size} are ignored: an export starts
     * at the first study). Bad parameters are 400 problems before anything is written.
     */
    public Response resultSet(SearchRequest request, String format, String columns, UriInfo uriInfo,
                              HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.ofResultSet(format);
        List<ExportColumn> chosenColumns = ExportColumn.parse(columns);
        SearchRequest.Parsed parsed = request.parse(catalog::place);
        StudyQuery firstPage = parsed.query().withPage(0, CHUNK);
        StudyHits first = catalog.search(firstPage);
        ExportSummary summary = new ExportSummary(first.total(), LIMIT);
        PortalLinks links = new PortalLinks(uriInfo.getBaseUri());
        ExportTexts texts = ExportTexts.of(headers);
        StreamingOutput body = out -> {
            StudyWriter writer = writer(chosen, out, chosenColumns, texts);
            writer.begin(summary);
            try {
                forEachHit(firstPage, first, summary.exported(), hits -> writeAll(hits, links, writer));
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the client went away: an I/O error of the response, as Jersey expects it
            }
            writer.end();
        };
        String fileName = "studies-" + LocalDate.now(ZoneOffset.UTC) + "." + chosen.extension();
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(TOTAL_HEADER, summary.total()).header(LIMIT_HEADER, LIMIT)
                .header(TRUNCATED_HEADER, summary.truncated())
                .cacheControl(parsed.patientNote() == null ? maxAge() : noStore()).build();
    }

    /** One study by any of its registry ids, in the chosen format; 404 problem when there is none. */
    public Response study(String id, String format, String columns, UriInfo uriInfo, HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.ofStudy(format);
        List<ExportColumn> chosenColumns = ExportColumn.parse(columns);
        Optional<StudyReadModel> found = catalog.study(id);
        if (found.isEmpty()) {
            return new ProblemResponses(headers, uriInfo).studyNotFound(id);
        }
        ExportedStudy study = exported(found.get(), new PortalLinks(uriInfo.getBaseUri()));
        ExportTexts texts = ExportTexts.of(headers);
        StreamingOutput body = switch (chosen) {
            // one study in JSON is exactly GET /api/studies/{id}, without the envelope of a result set
            case JSON -> out -> out.write(JSONB.toJson(study.detail()).getBytes(StandardCharsets.UTF_8));
            case FHIR -> out -> out.write(FhirResearchStudy.of(study.detail()).toString()
                    .getBytes(StandardCharsets.UTF_8));
            case CSV, RIS -> out -> {
                StudyWriter writer = writer(chosen, out, chosenColumns, texts);
                writer.begin(new ExportSummary(1, 1));
                writer.write(study);
                writer.end();
            };
        };
        String fileName = UNSAFE_FILE_NAME.matcher(study.detail().id()).replaceAll("_") + "." + chosen.extension();
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .cacheControl(maxAge()).build();
    }

    /**
     * Hands the hits of the search to {@code chunk}, page by page from the first (already run), until {@code wanted}
     * hits were handed over or the index has no more.
     */
    public void forEachHit(StudyQuery firstPage, StudyHits first, int wanted, Consumer<List<StudyHit>> chunk) {
        int handed = 0;
        StudyHits page = first;
        for (int number = 0; handed < wanted && !page.hits().isEmpty(); ) {
            List<StudyHit> hits = page.hits().subList(0, Math.min(page.hits().size(), wanted - handed));
            chunk.accept(hits);
            handed += hits.size();
            if (handed < wanted) {
                number++;
                page = catalog.search(firstPage.withPage(number, CHUNK));
            }
        }
    }

    /** These studies, loaded in one go (a fixed number of queries, not one per study), in the order given. */
    public List<ExportedStudy> load(List<Long> studyIds, PortalLinks links) {
        return catalog.studies(studyIds).stream().map(study -> exported(study, links)).toList();
    }

    private void writeAll(List<StudyHit> hits, PortalLinks links, StudyWriter writer) {
        try {
            for (ExportedStudy study : load(hits.stream().map(StudyHit::studyId).toList(), links)) {
                writer.write(study);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportedStudy exported(StudyReadModel study, PortalLinks links) {
        String id = study.id();
        return new ExportedStudy(StudyDetailAssembler.toDetail(study, links.studyApi(id) + "/sources"),
                links.studyPage(id), study.updatedAt());
    }

    private static StudyWriter writer(ExportFormat format, OutputStream out, List<ExportColumn> columns,
                                      ExportTexts texts) {
        return switch (format) {
            case CSV -> new CsvStudyWriter(out, columns, texts.bundle(), texts.labels());
            case JSON -> new JsonStudyWriter(out);
            case RIS -> new RisStudyWriter(out);
            case FHIR -> throw new IllegalArgumentException("FHIR is written for one study only");
        };
    }

    private static CacheControl maxAge() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        cache.setNoTransform(false);
        return cache;
    }

    /** A search with a patient's description is kept by no cache (as the search itself). */
    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoTransform(false);
        return cache;
    }
}
