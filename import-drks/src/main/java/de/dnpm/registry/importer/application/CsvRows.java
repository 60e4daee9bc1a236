package de.dnpm.registry.importer.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the rows of a CSV export with a header line, one row at a time and each bounded by
 * {@link CsvRecordLimit}: duplicated and empty header names are allowed (the DRKS export has two {@code url} columns
 * and a trailing ';', FORMATS.md §2), so rows are handed over by column index with the header as written.
 */
public final class CsvRows {

    /** What to do with one row: its values by column, the header, its position ("row 3 at line 17"). */
    @FunctionalInterface
    public interface RowReader {
        void row(List<String> header, List<String> values, String position);
    }

    private CsvRows() {
    }

    /** The format of a header-first CSV with this delimiter, as both exports write it. */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
    }

    /**
     * Reads UTF-8 (a BOM is passed over) CSV whose first header name must be {@code firstColumn}; another layout is
     * one problem ("unknown CSV layout"). A malformed row or an over-long one is reported and ends the file, since
     * the parser cannot find the next row's start.
     */
    public static void read(String source, InputStream in, CSVFormat format, String firstColumn, RecordSink sink,
                            RowReader rows) throws IOException {
        parse(source, in, format, sink, parser -> {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !header.getFirst().strip().equals(firstColumn)) {
                sink.reject(new ImportProblem(source, "line 1", null, "unknown CSV layout: the first column is \""
                        + (header.isEmpty() ? "" : header.getFirst()) + "\", expected \"" + firstColumn + "\""));
                return null;
            }
            return header;
        }, rows);
    }

    /**
     * Reads UTF-8 CSV without a header line ({@code format} must have none): each row is handed over with an empty
     * header, for the reader to name its columns.
     */
    public static void readWithoutHeader(String source, InputStream in, CSVFormat format, RecordSink sink,
                                         RowReader rows) throws IOException {
        parse(source, in, format, sink, parser -> List.of(), rows);
    }

    /** The header as the reader takes it; null when the layout is refused (already reported). */
    private interface HeaderCheck {
        List<String> header(CSVParser parser);
    }

    private static void parse(String source, InputStream in, CSVFormat format, RecordSink sink, HeaderCheck check,
                              RowReader rows) throws IOException {
        CsvRecordLimit limited = new CsvRecordLimit(new BufferedReader(new InputStreamReader(withoutBom(in),
                StandardCharsets.UTF_8)));
        long count = 0;
        try (CSVParser parser = CSVParser.builder().setReader(limited).setFormat(format).get()) {
            List<String> header = check.header(parser);
            if (header == null) {
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                limited.nextRecord();
                count++;
                rows.row(header, record.toList(), "row " + count + " at line " + lineOf(record));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv wraps a parse error (or the record bound) met while iterating
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IOException io && !(io instanceof CsvRecordLimit.TooLarge) && isStreamFailure(io)) {
                throw io;
            }
            sink.reject(new ImportProblem(source, "after row " + count, null, "invalid CSV: " + cause.getMessage()));
        } catch (CsvRecordLimit.TooLarge e) {
            sink.reject(new ImportProblem(source, "after row " + count, null, e.getMessage()));
        }
    }

    /* commons-csv reports malformed CSV as a plain IOException ("EOF reached before encapsulated token finished") */
    private static boolean isStreamFailure(IOException e) {
        String message = String.valueOf(e.getMessage());
        return !(message.contains("encapsulated") || message.contains("invalid char") || message.contains("EOF"));
    }

    private static long lineOf(CSVRecord record) {
        // the parser counts line ends read so far, i.e. where the record ends; the header is line 1
        return record.getParser().getCurrentLineNumber();
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, 3);
        byte[] head = peek.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            peek.unread(head);
        }
        return peek;
    }
}
