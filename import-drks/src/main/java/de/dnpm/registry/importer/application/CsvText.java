package de.dnpm.registry.importer.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One CSV row with its header as CSV text, the raw content of a record read from a CSV or spreadsheet export: the
 * values exactly as read, written back in the file's own format (delimiter and quoting), so the record can be parsed
 * again on its own. Line ends become CR LF and quotes are added where the format needs them: lossless for the data,
 * not byte-identical to the file.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String of(CSVFormat format, List<String> header, List<String> values) {
        StringWriter out = new StringWriter();
        CSVFormat plain = format.builder().setHeader((String[]) null).setSkipHeaderRecord(false).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, plain)) {
            printer.printRecord(header);
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
