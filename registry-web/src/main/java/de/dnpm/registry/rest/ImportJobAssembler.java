package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.ImportProblemView;

/** Turns the import service's views into the admin API's read models; no rules, only copying. */
public final class ImportJobAssembler {

    private ImportJobAssembler() {
    }

    /** The job with the URLs of itself and of its problem list. */
    public static ImportJobDetail toDetail(ImportJobView job, String url, String problemsUrl) {
        return new ImportJobDetail(job.id(), job.source(), job.state() == null ? null : job.state().name(),
                job.startedBy(), job.createdAt(), job.startedAt(), job.finishedAt(), job.read(), job.created(),
                job.updated(), job.unchanged(), job.olderVersions(), job.failed(), job.warnings(), job.bytesRead(), job.bytesTotal(),
                job.state() == null ? 0 : job.percent(), finite(job.recordsPerSecond()), job.message(), url,
                problemsUrl);
    }

    public static ImportProblemRecord toProblem(ImportProblemView problem) {
        return new ImportProblemRecord(problem.sequence(), problem.severity(), problem.source(), problem.position(),
                problem.recordId(), problem.reason());
    }

    /** JSON has no NaN or infinity (a job that has read nothing in no time); they are written as 0. */
    static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
