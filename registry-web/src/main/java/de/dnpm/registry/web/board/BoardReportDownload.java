package de.dnpm.registry.web.board;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.board.BoardCases;
import de.dnpm.registry.application.board.CaseNotFoundException;
import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * The board report for the browser: {@code /board/report?case=<id>&format=pdf&lang=de|en} or {@code format=fhir}.
 * Under {@code /board/} so that the page login (not the API's HTTP Basic) protects it: web.xml requires TUMOR_BOARD,
 * and {@link BoardCases#exportReport} admits only the caller's own board's cases (another's is a 404) and audits the
 * export. The query names the case by its opaque id only, so access logs hold no patient data. Never cached.
 */
@WebServlet(name = "BoardReportDownload", urlPatterns = "/board/report")
public class BoardReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardCases boardCases;

    @Inject
    StudyCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(PasswordHashing.BOARD_ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"fhir".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CaseViews.CaseDetail detail;
        try {
            detail = boardCases.exportReport(request.getParameter("case"));
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BoardReport report = BoardReportAssembler.assemble(detail, catalog::study, request.getRemoteUser(),
                Instant.now());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("fhir".equals(format)) {
            byte[] json = BoardReportFhir.bundle(report).toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/fhir+json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"board-report.fhir.json\"");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
            return;
        }
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.GERMAN;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new BoardReportPdf(locale).write(report, pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"board-report-" + locale.getLanguage()
                + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
