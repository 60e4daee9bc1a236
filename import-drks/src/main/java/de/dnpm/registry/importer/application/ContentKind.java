package de.dnpm.registry.importer.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a source's first bytes say it is: a zip archive, an XLSX workbook (a zip with a SpreadsheetML package inside),
 * JSON, XML, or one of the CSV exports known by their header line. File names lie (".txt" downloads, ".json" that is
 * an HTML error page), the first bytes do not.
 */
enum ContentKind {
    ZIP, XLSX, JSON, XML, DRKS_CSV, ICTRP_CSV, ICTRP_CSV_WITHOUT_HEADER, EMPTY, UNKNOWN;

    /** How far blank bytes at the start are looked through before the content counts as unknown. */
    static final int SNIFF_LIMIT = 64 * 1024;

    /**
     * Looks at the start of {@code in}, which must support mark and reset, and leaves it where it was. A UTF-8 BOM
     * and whitespace are passed over; after a UTF-16 BOM so are the zero bytes of the wide characters.
     */
    static ContentKind sniff(InputStream in) throws IOException {
        in.mark(SNIFF_LIMIT);
        try {
            byte[] head = in.readNBytes(SNIFF_LIMIT);
            return of(head);
        } finally {
            in.reset();
        }
    }

    private static ContentKind of(byte[] head) {
        // zip: local file header PK\3\4, or the end-of-directory record PK\5\6 that alone makes an empty archive
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return ZipNames.isSpreadsheet(head) ? XLSX : ZIP;
        }
        int i = 0;
        boolean wide = false;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            i = 3;
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            i = 2;
            wide = true;
        }
        for (; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || (wide && b == 0)) {
                continue;
            }
            return switch (b) {
                case '{', '[' -> JSON;
                case '<' -> XML;
                default -> wide ? UNKNOWN : csv(head, i);
            };
        }
        return head.length < SNIFF_LIMIT ? EMPTY : UNKNOWN;
    }

    /*
     * The CSV exports are told by their first header names: the old drks_web export starts "drksId;" (FORMATS.md §2),
     * the ICTRP exports "TrialID," (the COVID-19 list; the full export as given a header line). Quotes around the name
     * are allowed. The full and weekly ICTRP exports have no header: their first cell is a trial's registry number
     * ("NCT04280705", "ChiCTR2000029539", "EUCTR2020-001113-21-DE") and a comma follows. Any other text is no format
     * of ours.
     */
    private static ContentKind csv(byte[] head, int start) {
        String line = firstLine(head, start);
        if (line.startsWith("\"")) {
            line = line.substring(1).replaceFirst("\"", "");
        }
        if (line.startsWith("drksId;")) {
            return DRKS_CSV;
        }
        if (line.startsWith("TrialID,")) {
            return ICTRP_CSV;
        }
        int comma = line.indexOf(',');
        String first = comma < 0 ? "" : line.substring(0, comma).replace("\"", "").strip();
        return RegistryIdClassifier.schemeOf(first).isPresent() ? ICTRP_CSV_WITHOUT_HEADER : UNKNOWN;
    }

    private static String firstLine(byte[] head, int start) {
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        return new String(head, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
