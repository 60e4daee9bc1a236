package de.dnpm.registry.rest.export;

import de.dnpm.registry.web.LabelTexts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;

/**
 * CSV for spreadsheets, one study a row under a heading row in the reader's language. Made for Excel as German
 * hospitals use it: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252 and breaks umlauts) and
 * {@code ;} between cells, because German Excel splits a double-clicked CSV at the list separator of the Windows
 * locale, which is {@code ;} where the comma is the decimal mark. (A {@code sep=;} first line would force it in any
 * locale, but then Excel ignores the byte-order mark.) Rows end in CRLF (RFC 4180); cells with quotes, separators or
 * line breaks are quoted.
 */
public final class CsvStudyWriter implements StudyWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';')
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    private final Writer out;
    private final List<ExportColumn> columns;
    private final LabelTexts labels;
    private final ResourceBundle bundle;
    private CSVPrinter printer;

    public CsvStudyWriter(OutputStream out, List<ExportColumn> columns, ResourceBundle bundle, LabelTexts labels) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.columns = columns;
        this.bundle = bundle;
        this.labels = labels;
    }

    @Override
    public void begin(ExportSummary summary) throws IOException {
        out.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(out, FORMAT);
        for (ExportColumn column : columns) {
            printer.print(bundle.getString(column.headingKey()));
        }
        printer.println();
    }

    @Override
    public void write(ExportedStudy study) throws IOException {
        for (ExportColumn column : columns) {
            printer.print(SpreadsheetCell.defused(column.valueOf(study, labels)));
        }
        printer.println();
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }
}
