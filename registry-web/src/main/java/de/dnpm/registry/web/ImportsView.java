package de.dnpm.registry.web;

import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.ImportJobs;
import de.dnpm.registry.application.ImportSourceException;
import de.dnpm.registry.application.IndexStatus;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import de.dnpm.registry.rest.UploadName;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The import page's state: the job history (lazy table), the job shown in the live panel, the search index's status,
 * and the actions (upload, server path, cancel, index rebuild), each delegated to {@link ImportJobs} or
 * {@link IndexStatus}. A failing service shows a bundle message; the page itself keeps working.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ImportsView.class.getName());
    static final int PAGE_SIZE = 20;
    /** The newest jobs the live panel looks through for queued or running ones. */
    static final int LIVE_WINDOW = 20;

    @Inject
    ImportJobs jobs;

    @Inject
    IndexStatus indexStatus;

    @Inject
    RegistryConfiguration configuration;

    private String serverPath;
    private ImportJobView currentJob;
    private boolean anyActive;
    private IndexState index = IndexState.UNKNOWN;
    private transient ImportJobsModel model;

    /** What the page shows about the search index; {@code known} is false when the status could not be read. */
    public record IndexState(boolean known, boolean rebuilding, long pendingChanges) implements Serializable {
        static final IndexState UNKNOWN = new IndexState(false, false, 0);
    }

    /** View action on GET. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    /** Reads the live panel's job and the index status again: on load, after each action and on every poll. */
    public void refresh() {
        try {
            List<ImportJobView> newest = jobs.history(0, LIVE_WINDOW);
            List<ImportJobView> active = newest.stream().filter(job -> !job.state().isFinal()).toList();
            anyActive = !active.isEmpty();
            currentJob = active.stream().filter(job -> job.state() == ImportJobState.RUNNING).findFirst()
                    .or(() -> active.isEmpty() ? Optional.empty() : Optional.of(active.getLast()))
                    .or(() -> newest.stream().findFirst())
                    .orElse(null);
        } catch (RuntimeException e) {
            anyActive = false;
            currentJob = null;
            LOG.log(System.Logger.Level.WARNING, "Import jobs not available: " + e);
            message(FacesMessage.SEVERITY_WARN, "imports.unavailable");
        }
        try {
            index = new IndexState(true, indexStatus.rebuilding(), indexStatus.pendingChanges());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Index status not available: " + e);
            index = IndexState.UNKNOWN;
        }
    }

    /** The upload listener: stores the file as a new job through the import service. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Optional<String> name = UploadName.clean(file == null ? null : file.getFileName());
        if (name.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, "imports.upload.noName");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            started(jobs.submitUpload(name.get(), content, caller()));
        } catch (IOException | RuntimeException e) {
            failed(e, "uploading " + name.get());
        }
        refresh();
    }

    public void importServerPath() {
        String path = serverPath == null ? "" : serverPath.strip();
        if (path.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, "imports.path.required");
            return;
        }
        try {
            started(jobs.submitServerPath(path, caller()));
            serverPath = null;
        } catch (RuntimeException e) {
            failed(e, "importing server path " + path);
        }
        refresh();
    }

    /**
     * The cancel button of a table row. The job's number comes as request parameter {@code job} rather than from the
     * row: the lazy table reloads its rows on postback, and a job started meanwhile would shift them.
     */
    public void cancel() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("job");
        ImportProblemsDownload.jobId(parameter).ifPresent(this::cancel);
    }

    void cancel(long id) {
        try {
            if (jobs.cancel(id)) {
                message(FacesMessage.SEVERITY_INFO, "imports.cancel.requested", id);
            } else {
                message(FacesMessage.SEVERITY_WARN, "imports.cancel.ended", id);
            }
        } catch (RuntimeException e) {
            failed(e, "cancelling job " + id);
        }
        refresh();
    }

    public void rebuildIndex() {
        try {
            indexStatus.requestRebuild();
            message(FacesMessage.SEVERITY_INFO, "index.rebuild.requested");
        } catch (RuntimeException e) {
            failed(e, "requesting an index rebuild");
        }
        refresh();
    }

    List<ImportJobView> history(int first, int max) {
        try {
            return jobs.history(first, max);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Import history not available: " + e);
            return List.of();
        }
    }

    long jobCount() {
        try {
            return jobs.count();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Import job count not available: " + e);
            return 0;
        }
    }

    /** A time of a job in the reader's language and the server's time zone; empty for none. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(context.getViewRoot().getLocale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A bundle text with one argument, for attributes such as a button's accessible name. */
    public String text(String key, Object argument) {
        FacesContext context = FacesContext.getCurrentInstance();
        return new LabelTexts(context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale()).format(key, argument);
    }

    /** Records per second for display: 0 instead of NaN or infinity. */
    public double speed(ImportJobView job) {
        return job == null || !Double.isFinite(job.recordsPerSecond()) ? 0 : job.recordsPerSecond();
    }

    /** Whether a job can still be cancelled. */
    public boolean cancellable(ImportJobView job) {
        return job != null && job.state() != null && !job.state().isFinal();
    }

    private void started(ImportJobView job) {
        message(FacesMessage.SEVERITY_INFO, "imports.started", job.id(), job.source());
        LOG.log(System.Logger.Level.INFO, "Import job " + job.id() + " started by " + caller() + ": " + job.source());
    }

    /** A refusal of the service becomes its bundle message; anything else is logged with a reference. */
    private void failed(Exception e, String what) {
        ImportSourceException refused = causeOf(e, ImportSourceException.class);
        if (refused != null) {
            LOG.log(System.Logger.Level.INFO, "Refused " + what + ": " + refused.getMessage());
            message(FacesMessage.SEVERITY_ERROR, "imports.refused." + refused.reason().name());
        } else if (causeOf(e, EJBAccessException.class) != null) {
            LOG.log(System.Logger.Level.WARNING, "Access refused " + what + " for " + caller());
            message(FacesMessage.SEVERITY_ERROR, "imports.forbidden");
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.log(System.Logger.Level.ERROR, "Failed " + what + ", reference " + reference, e);
            message(FacesMessage.SEVERITY_ERROR, "imports.failed", reference);
        }
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        LabelTexts texts = new LabelTexts(context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale());
        context.addMessage(null, new FacesMessage(severity, texts.format(key, arguments), null));
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public ImportJobsModel getModel() {
        if (model == null) {
            model = new ImportJobsModel(this);
        }
        return model;
    }

    /** The running job, else the oldest queued one, else the newest job of all; null when there has been none. */
    public ImportJobView getCurrentJob() {
        return currentJob;
    }

    /** Whether the page should keep polling: a job is queued or running, or the index is being rebuilt. */
    public boolean isAnyActive() {
        return anyActive || index.rebuilding();
    }

    public IndexState getIndex() {
        return index;
    }

    /** The configured limit, but at most what web.xml lets a form upload carry. */
    public long getMaxUploadBytes() {
        return Math.min(configuration.maxUploadBytes(), ImportLimits.MAX_UPLOAD_BYTES);
    }

    /** The upload limit in words for the hint, "2 GiB". */
    public String getMaxUploadText() {
        return sizeText(getMaxUploadBytes());
    }

    static String sizeText(long bytes) {
        long mib = 1024L * 1024;
        return bytes % (1024 * mib) == 0 ? bytes / (1024 * mib) + " GiB" : Math.max(1, bytes / mib) + " MiB";
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getServerPath() {
        return serverPath;
    }

    public void setServerPath(String serverPath) {
        this.serverPath = serverPath;
    }
}
