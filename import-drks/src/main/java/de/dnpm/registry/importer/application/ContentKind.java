package de.dnpm.registry.importer.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a source's first bytes say it is: a zip archive, JSON or XML. File names lie (".txt" downloads, ".json" that
 * is an HTML error page), the first non-blank byte does not.
 */
enum ContentKind {
    ZIP, JSON, XML, EMPTY, UNKNOWN;

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
            return ZIP;
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
                default -> UNKNOWN;
            };
        }
        return head.length < SNIFF_LIMIT ? EMPTY : UNKNOWN;
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
