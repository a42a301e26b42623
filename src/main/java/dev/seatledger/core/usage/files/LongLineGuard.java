package dev.seatledger.core.usage.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a file at a line longer than any console writes ({@link #MAX_LINE} characters), so one huge field
 * (a truncated or binary file) cannot fill the memory before the parser sees a line end.
 */
final class LongLineGuard extends FilterReader {
    static final int MAX_LINE = 1 << 20;

    private int line = 1;
    private int length;

    LongLineGuard(Reader in) {
        super(in);
    }

    /** A line longer than {@link #MAX_LINE}. */
    static final class LineTooLong extends IOException {
        final int line;

        LineTooLong(int line) {
            super("line " + line + " is too long");
            this.line = line;
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            count(buf[i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > MAX_LINE) {
            throw new LineTooLong(line);
        }
    }
}
