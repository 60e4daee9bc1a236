package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.ImportLimits;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the characters one CSV record may take: commons-csv builds a whole record (a quoted field may run to the end
 * of the file) before handing it over, so without a bound one unterminated quote would pull the file into memory.
 * The reader calls {@link #nextRecord()} after each record; a record longer than the bound fails the read with
 * {@link TooLarge}, and the file stops there (CSV cannot be resynchronised inside a quoted field).
 */
public final class CsvRecordLimit extends FilterReader {

    /** Thrown when one record is longer than the bound. */
    public static final class TooLarge extends IOException {
        public TooLarge(int limit) {
            super("CSV record longer than " + limit + " characters (an unterminated quote?): the rest of the file "
                    + "is not read");
        }
    }

    private final int limit;
    private long sinceRecordStart;

    public CsvRecordLimit(Reader in) {
        this(in, ImportLimits.MAX_CSV_RECORD_CHARS);
    }

    public CsvRecordLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** A record has been handed over: its characters no longer count. */
    public void nextRecord() {
        sinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    /*
     * The parser reads ahead in blocks, so the count runs one buffer ahead of the record: the bound is a bound on
     * memory, not an exact record length.
     */
    private void count(int n) throws TooLarge {
        sinceRecordStart += n;
        if (sinceRecordStart > limit + 64L * 1024) {
            throw new TooLarge(limit);
        }
    }
}
