package de.dnpm.registry.web;

import de.dnpm.registry.application.ImportJobs;
import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.util.OptionalLong;

/**
 * {@code /admin/import-problems.csv?job=12}: a job's problems as a CSV download for the admin page. The page's login
 * session does not authenticate the REST API (HTTP Basic), so the page links here rather than to
 * {@code /api/admin/imports/12/problems.csv}; the CSV itself is written by the import service.
 */
@WebServlet(name = "ImportProblemsDownload", urlPatterns = ImportProblemsDownload.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = PasswordHashing.ADMIN_ROLE))
public class ImportProblemsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/admin/import-problems.csv";

    @Inject
    transient ImportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = jobId(request.getParameter("job"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (jobs.find(id.getAsLong()).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id.getAsLong()
                + "-problems.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        jobs.writeProblemsCsv(id.getAsLong(), out);
        out.flush();
    }

    /** A positive job number, or empty for anything else. */
    static OptionalLong jobId(String value) {
        String digits = value == null ? "" : value.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
