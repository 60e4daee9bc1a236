package de.dnpm.registry.importer.ctgov;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes UTF-8 JSON text through unchanged, except that a string longer than a limit loses its characters beyond the
 * limit (its closing quote stays, so the text remains well-formed). Parsson holds a whole string token in memory
 * before the reader sees it, even while skipping; without this one giant string would defeat the study size cap.
 */
public final class LongStringFilter extends FilterInputStream {

    private final long maxChars;
    private long position;
    private boolean disabled;
    private boolean inString;
    private boolean escapeStarted;
    private int hexDigitsLeft;
    private long stringChars;
    private boolean dropping;

    /** Strings longer than {@code maxChars} characters (UTF-16 units, as the parser counts them) are cut there. */
    public LongStringFilter(InputStream in, long maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            int n = in.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            int kept = off;
            for (int i = off; i < off + n; i++) {
                if (keep(b[i] & 0xFF)) {
                    b[kept++] = b[i];
                }
            }
            // a read must not return 0 bytes for a non-empty request: if all were dropped, read on
            if (kept > off) {
                return kept - off;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would not pass through the state machine; nobody skips JSON text, so skip nothing
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private boolean keep(int x) {
        // UTF-16 and UTF-32 JSON (which JSON-P still detects) have 0x00 in the first four bytes, or a BOM of 0xFE/0xFF
        // bytes that never occur in UTF-8: this byte-wise filter does not understand them, so it stands aside
        if (position++ < 4 && (x == 0x00 || x == 0xFE || x == 0xFF)) {
            disabled = true;
        }
        if (disabled) {
            return true;
        }
        if (!inString) {
            if (x == '"') {
                inString = true;
                stringChars = 0;
                dropping = false;
            }
            return true;
        }
        // the bytes of an escape sequence and of a multi-byte character share the fate of their first byte
        if (escapeStarted) {
            escapeStarted = false;
            hexDigitsLeft = x == 'u' ? 4 : 0;
            return !dropping;
        }
        if (hexDigitsLeft > 0) {
            hexDigitsLeft--;
            return !dropping;
        }
        if (x == '"') {
            inString = false;
            return true;
        }
        if ((x & 0xC0) == 0x80) {
            return !dropping;
        }
        stringChars += x >= 0xF0 ? 2 : 1; // a four-byte UTF-8 sequence is a surrogate pair in Java
        if (stringChars > maxChars) {
            dropping = true;
        }
        escapeStarted = x == '\\';
        return !dropping;
    }
}
