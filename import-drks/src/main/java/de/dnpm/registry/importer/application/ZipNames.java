package de.dnpm.registry.importer.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a zip archive as far as its first bytes show them (the names of the local file headers), to tell
 * an XLSX workbook from an archive of records without unpacking: a workbook has {@code [Content_Types].xml} and
 * {@code xl/workbook.xml} (Excel writes both first), or sheet parts {@code xl/worksheets/...} (other writers put
 * the workbook part after the sheets). Headers are found by their signature, since streamed zips leave the sizes that
 * would lead from one header to the next at zero.
 */
final class ZipNames {

    private ZipNames() {
    }

    static boolean isSpreadsheet(byte[] head) {
        List<String> names = names(head);
        boolean contentTypes = names.contains("[Content_Types].xml");
        return (contentTypes && names.contains("xl/workbook.xml"))
                || names.stream().anyMatch(n -> n.startsWith("xl/worksheets/"));
    }

    /** Local file header (APPNOTE 4.3.7): signature PK\3\4, name length at offset 26, extra length at 28, name at 30. */
    static List<String> names(byte[] head) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 30 <= head.length; i++) {
            if (head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4) {
                int length = (head[i + 26] & 0xFF) | (head[i + 27] & 0xFF) << 8;
                if (length > 0 && i + 30 + length <= head.length) {
                    names.add(new String(head, i + 30, length, StandardCharsets.UTF_8));
                    i += 29 + length;
                }
            }
        }
        return names;
    }
}
