package de.dnpm.registry.rest;

import de.dnpm.registry.application.CtgovSync;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.ImportJobs;
import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Import jobs for administrators ({@code /api/admin/imports}, HTTP Basic, role ADMIN): start one from an upload (raw
 * body or multipart part {@code file}) or from a path under the server's import folder, list and follow them, cancel
 * one, read the records a job could not take as JSON or CSV, start a ClinicalTrials.gov sync. Starting returns 202
 * with the job and its Location.
 */
@Path("admin/imports")
@RolesAllowed(PasswordHashing.ADMIN_ROLE)
@RequestScoped
@Produces(StudyResource.JSON)
public class ImportJobResource {

    static final String FILE_PART = "file";
    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    ImportJobs jobs;

    @Inject
    CtgovSync sync;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** The raw file as body; its name from Content-Disposition's filename, else from {@code ?name=}. */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @BoundedUpload
    public Response upload(@HeaderParam("Content-Disposition") String disposition, @QueryParam("name") String name,
                           InputStream body) throws IOException {
        Optional<String> fileName = UploadName.fromContentDisposition(disposition).or(() -> UploadName.clean(name));
        if (fileName.isEmpty()) {
            return problems().invalidRequest("detail.missing-file-name");
        }
        return started(jobs.submitUpload(fileName.get(), body, caller()));
    }

    /** A form upload: the part named {@code file}, its name from the part's filename, else from {@code ?name=}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BoundedUpload
    public Response uploadForm(@QueryParam("name") String name, List<EntityPart> parts) throws IOException {
        Optional<EntityPart> file = parts == null ? Optional.empty()
                : parts.stream().filter(part -> FILE_PART.equals(part.getName())).findFirst();
        if (file.isEmpty()) {
            return problems().invalidRequest("detail.missing-file-part");
        }
        Optional<String> fileName = file.get().getFileName().flatMap(UploadName::clean)
                .or(() -> UploadName.clean(name));
        if (fileName.isEmpty()) {
            return problems().invalidRequest("detail.missing-file-name");
        }
        try (InputStream content = file.get().getContent()) {
            return started(jobs.submitUpload(fileName.get(), content, caller()));
        }
    }

    /** {@code {"path": "relative/path"}}: a file or folder under the server's import folder. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importServerPath(String body) {
        ServerPathRequest request = ServerPathRequest.parse(body);
        return started(jobs.submitServerPath(request.path(), caller()));
    }

    /** Queues a ClinicalTrials.gov sync now (studies updated since the last completed one), whatever the schedule. */
    @POST
    @Path("ctgov-sync")
    public Response syncFromClinicalTrialsGov() {
        return started(sync.syncNow(caller()));
    }

    @GET
    public Response history(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        List<ImportJobDetail> list = jobs.history(paging.first(), paging.size()).stream().map(this::detail).toList();
        return noStore(Response.ok(new ImportJobPage(jobs.count(), paging.page(), paging.size(), list)));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response job(@PathParam("id") long id) {
        return jobs.find(id).map(job -> noStore(Response.ok(detail(job))))
                .orElseGet(() -> problems().importJobNotFound(id));
    }

    /** Asks a queued or running job to stop after its current batch: 202; 409 when it has already ended. */
    @POST
    @Path("{id: [0-9]+}/cancel")
    public Response cancel(@PathParam("id") long id) {
        Optional<ImportJobView> job = jobs.find(id);
        if (job.isEmpty()) {
            return problems().importJobNotFound(id);
        }
        if (job.get().state().isFinal() || !jobs.cancel(id)) {
            ImportJobView now = jobs.find(id).orElse(job.get());
            return problems().importJobEnded(id, now.state().name());
        }
        ImportJobView now = jobs.find(id).orElse(job.get());
        return noStore(Response.accepted(detail(now)).location(jobUri(id)));
    }

    @GET
    @Path("{id: [0-9]+}/problems")
    public Response problemList(@PathParam("id") long id, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        if (jobs.find(id).isEmpty()) {
            return problems().importJobNotFound(id);
        }
        List<ImportProblemRecord> list = jobs.problems(id, paging.first(), paging.size()).stream()
                .map(ImportJobAssembler::toProblem).toList();
        return noStore(Response.ok(new ImportProblemPage(id, paging.page(), paging.size(), list,
                jobUri(id) + "/problems.csv")));
    }

    /** All of the job's problems as a CSV download, written by the import service as it reads them. */
    @GET
    @Path("{id: [0-9]+}/problems.csv")
    @Produces(CSV)
    public Response problemCsv(@PathParam("id") long id) {
        if (jobs.find(id).isEmpty()) {
            return problems().importJobNotFound(id);
        }
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            jobs.writeProblemsCsv(id, writer);
            writer.flush();
        };
        return noStore(Response.ok(csv, CSV).header("Content-Disposition", problemsAttachment(id)));
    }

    static String problemsAttachment(long id) {
        return "attachment; filename=\"import-" + id + "-problems.csv\"";
    }

    private Response started(ImportJobView job) {
        return noStore(Response.accepted(detail(job)).location(jobUri(job.id())));
    }

    private ImportJobDetail detail(ImportJobView job) {
        URI uri = jobUri(job.id());
        return ImportJobAssembler.toDetail(job, uri.toString(), uri + "/problems");
    }

    private URI jobUri(long id) {
        return uriInfo.getBaseUriBuilder().path("admin").path("imports").path(Long.toString(id)).build();
    }

    private String caller() {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    private ProblemResponses problems() {
        return new ProblemResponses(headers, uriInfo);
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        return builder.cacheControl(Caching.noStore()).build();
    }
}
