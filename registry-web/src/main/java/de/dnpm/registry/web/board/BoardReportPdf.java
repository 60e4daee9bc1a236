package de.dnpm.registry.web.board;

import de.dnpm.registry.search.domain.matching.CriterionCheck;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The board report as a PDF in German or English: case pseudonym, date, board, diagnosis and key findings, the
 * decision, each recommended study with its NCT / DRKS / EU CT ids, title, phase, status, nearest recruiting site with
 * contacts and its criterion table, and a generated-by line. Texts from the {@code messages} bundle of the language.
 */
public final class BoardReportPdf {

    static final String BUNDLE = "de.dnpm.registry.web.messages";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final float[] CRITERIA_COLUMNS = {0.22f, 0.12f, 0.24f, 0.42f};
    private static final List<String> ID_ORDER = List.of("NCT", "DRKS", "EU_CT", "EUDRACT");

    private final ResourceBundle texts;
    private final Locale locale;

    public BoardReportPdf(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public void write(BoardReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("report.title") + " " + report.pseudonym());
            info.setCreator(text("app.title"));
            String generated = text("report.generatedBy", report.generatedBy(), dateTime(report.generatedAt()));
            try (PdfLayout pdf = new PdfLayout(document, text("report.title") + " " + report.pseudonym() + " · "
                    + generated)) {
                pdf.heading(text("report.title"), 16);
                pdf.label(text("report.case"), report.pseudonym());
                pdf.label(text("report.board"), report.board());
                pdf.label(text("report.date"), dateTime(report.generatedAt()));

                pdf.heading(text("report.diagnosisHeading"), 12);
                pdf.label(text("profile.diagnosis"), report.diagnosis());
                pdf.label(text("report.codes"), report.diagnosisCodes());
                for (BoardReport.Finding finding : report.findings()) {
                    pdf.label(text(finding.label()), finding.value());
                }

                pdf.heading(text("board.decision.heading"), 12);
                if (report.decisionText() == null) {
                    pdf.text(text("report.noDecision"));
                } else {
                    pdf.text(report.decisionText());
                    pdf.space(3);
                    pdf.text(text("board.decision.recorded", report.decidedBy(), dateTime(report.decidedAt())));
                }

                pdf.heading(text(report.decisionText() == null ? "report.shortlistHeading"
                        : "board.decision.recommended"), 12);
                if (report.studies().isEmpty()) {
                    pdf.text(text("referral.case.noStudies"));
                }
                for (BoardReport.Study study : report.studies()) {
                    writeStudy(pdf, study);
                }
                pdf.space(10);
                pdf.text(generated);
                pdf.text(text("report.disclaimer"));
            }
            document.save(out);
        }
    }

    private void writeStudy(PdfLayout pdf, BoardReport.Study study) throws IOException {
        pdf.heading(study.primaryId() + " – " + (study.title() == null ? "" : study.title()), 10.5f);
        pdf.label(text("report.ids"), ids(study.ids()));
        pdf.label(text("board.match.phase"), study.phases().stream().map(p -> code("phase", p))
                .collect(Collectors.joining(" / ")));
        pdf.label(text("board.match.status"), code("status", study.status()));
        if (study.verdict() != null) {
            pdf.label(text("report.verdict"), text("board.verdict." + study.verdict()));
        }
        pdf.label(text("board.shortlist.note"), study.note());
        BoardReport.Site site = study.site();
        if (site == null) {
            pdf.label(text("board.match.site"), text("board.site.none"));
        } else {
            String place = String.join(", ", java.util.stream.Stream.of(site.facility(),
                    join(site.postalCode(), site.city()), site.country()).filter(s -> s != null && !s.isBlank())
                    .toList());
            String distance = site.distanceKm() == null ? ""
                    : " (" + String.format(locale, "%.1f", site.distanceKm()) + " km)";
            pdf.label(text("board.match.site"), place + distance);
            for (BoardReport.Contact contact : site.contacts()) {
                pdf.label(text("report.contact"), String.join(", ", java.util.stream.Stream.of(contact.name(),
                        contact.phone(), contact.email()).filter(s -> s != null && !s.isBlank()).toList()));
            }
        }
        if (!study.checks().isEmpty()) {
            pdf.space(4);
            pdf.row(List.of(text("board.criteria.criterion"), text("board.criteria.status"),
                    text("board.criteria.reason"), text("board.criteria.evidence")), CRITERIA_COLUMNS, true);
            for (CriterionCheck check : study.checks()) {
                String criterion = CriterionWording.name(check.criterion(), this::text);
                // ASSESS's texts are MessageFormat patterns with the patient's value as {0}
                String reason = check.reason() == null ? "" : text("match.reason." + check.reason(),
                        check.patientValue() == null ? "" : check.patientValue());
                pdf.row(List.of(criterion, text("board.criterion.status." + check.status()), reason,
                        check.criterion().evidence()), CRITERIA_COLUMNS, false);
            }
        }
        pdf.space(6);
    }

    private static String ids(Map<String, String> ids) {
        StringBuilder text = new StringBuilder();
        ID_ORDER.stream().filter(ids::containsKey).forEach(scheme -> append(text, label(scheme) + " " + ids.get(scheme)));
        ids.forEach((scheme, value) -> {
            // sponsor and other numbers are no registry's: the board needs the registry numbers
            if (!ID_ORDER.contains(scheme) && !scheme.equals("SPONSOR") && !scheme.equals("OTHER")) {
                append(text, label(scheme) + " " + value);
            }
        });
        return text.toString();
    }

    private static String label(String scheme) {
        return switch (scheme) {
            case "EU_CT" -> "EU CT";
            case "EUDRACT" -> "EudraCT";
            default -> scheme;
        };
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(" · ");
        }
        text.append(part);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private String code(String vocabulary, String code) {
        if (code == null) {
            return "";
        }
        return texts.containsKey(vocabulary + "." + code) ? texts.getString(vocabulary + "." + code) : code;
    }

    private String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(BERLIN));
    }

    /** A bundle text; a reason code whose text is missing stays readable as its key. */
    String text(String key, Object... arguments) {
        try {
            String pattern = texts.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
