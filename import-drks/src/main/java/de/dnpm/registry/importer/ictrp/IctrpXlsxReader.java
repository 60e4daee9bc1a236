package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.CsvRows;
import de.dnpm.registry.importer.application.CsvText;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.SourceFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the first sheet of a WHO ICTRP XLSX export (the COVID-19 list, FORMATS.md §5) row by row with POI's
 * streaming SAX reader: the header row names the columns as in the CSV, each further row is one trial, stored as
 * CSV text with the header. POI's zip-bomb protection (ZipSecureFile's inflation ratio and entry size limits) stays
 * on; the workbook is copied to a temporary file first, since a zip is read by random access.
 */
public final class IctrpXlsxReader {

    private static final CSVFormat CSV = CsvRows.format(',');

    private final IctrpRecords records = new IctrpRecords(SourceFormat.ICTRP_XLSX);

    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        Path copy = Files.createTempFile("ictrp-", ".xlsx");
        try {
            if (!copyBounded(in, copy)) {
                sink.reject(new ImportProblem(source, "file", null,
                        "workbook larger than " + ImportLimits.MAX_XLSX_BYTES + " bytes, not read"));
                return;
            }
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                readFirstSheet(source, workbook, sink);
            } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
                // a broken or hostile workbook (POI reports zip bombs as IOException or RuntimeException)
                sink.reject(new ImportProblem(source, "file", null, "unreadable workbook: " + e.getMessage()));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void readFirstSheet(String source, OPCPackage workbook, RecordSink sink)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            sink.reject(new ImportProblem(source, "file", null, "workbook without a sheet"));
            return;
        }
        Rows rows = new Rows(source, sink);
        SharedStringList strings;
        try (InputStream part = reader.getSharedStringsData()) {
            strings = new SharedStringList(part);
        }
        XMLReader parser = SheetXml.newReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                new IsoDateFormatter(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        } catch (StopUnchecked stop) {
            sink.reject(new ImportProblem(source, "row " + (ImportLimits.MAX_SHEET_ROWS + 1), null,
                    "more than " + ImportLimits.MAX_SHEET_ROWS + " rows: the rest of the sheet is not read"));
        }
    }

    private static boolean copyBounded(InputStream in, Path copy) throws IOException {
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > ImportLimits.MAX_XLSX_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    /** The rows of the sheet as they stream past: the first is the header, each further one a trial. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String source;
        private final RecordSink sink;
        private List<String> header;
        private List<String> values = new ArrayList<>();
        private boolean oversizedCell;
        private boolean wrongLayout;
        private int nextColumn;

        Rows(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        @Override
        public void startRow(int row) {
            if (row >= ImportLimits.MAX_SHEET_ROWS) {
                throw new StopUnchecked();
            }
            values = new ArrayList<>();
            oversizedCell = false;
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // empty cells are not in the sheet: fill the gap up to this cell's column
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (values.size() < column) {
                values.add("");
            }
            nextColumn = column + 1;
            if (value != null && value.length() > ImportLimits.MAX_CELL_CHARS) {
                oversizedCell = true;
                values.add("");
            } else {
                values.add(value == null ? "" : value);
            }
        }

        @Override
        public void endRow(int row) {
            if (wrongLayout) {
                return;
            }
            if (header == null) {
                header = List.copyOf(values);
                if (header.isEmpty() || !header.getFirst().strip().equals(IctrpCsvReader.FIRST_COLUMN)) {
                    wrongLayout = true;
                    sink.reject(new ImportProblem(source, "row 1", null, "unknown sheet layout: the first column is \""
                            + (header.isEmpty() ? "" : header.getFirst()) + "\", expected \""
                            + IctrpCsvReader.FIRST_COLUMN + "\""));
                }
                return;
            }
            while (values.size() < header.size()) {
                values.add("");
            }
            String position = "row " + (row + 1);
            IctrpFields fields = new IctrpFields();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), values.get(i));
            }
            if (values.stream().allMatch(String::isBlank)) {
                return; // Excel leaves formatted but empty rows behind
            }
            if (oversizedCell || values.size() > header.size()) {
                sink.reject(new ImportProblem(source, position, IctrpMapper.trialId(fields), oversizedCell
                        ? "a cell longer than " + ImportLimits.MAX_CELL_CHARS + " characters (Excel's own limit)"
                        : "cells beyond the header's " + header.size() + " columns"));
                return;
            }
            records.emit(source, position, fields, CsvText.of(CSV, header, values), sink);
        }
    }

    /** Unwinds the SAX parse once the row limit is reached (SheetContentsHandler cannot throw checked ones). */
    private static final class StopUnchecked extends RuntimeException {
        StopUnchecked() {
            super("row limit", null, false, false);
        }
    }
}
