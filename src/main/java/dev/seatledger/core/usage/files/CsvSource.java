package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.CsvSafe;
import dev.seatledger.core.common.TextFiles;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export read record by record (commons-csv), with its header names matched as the license import matches them
 * (ignoring case, spaces and a byte-order mark) and the line each record starts on. The text is read through
 * {@link LongLineGuard}.
 */
final class CsvSource implements Closeable {
    private final CSVParser parser;
    private final List<String> headers;
    private final List<String> keys;
    private final Iterator<CSVRecord> records;
    private CSVRecord current;
    private int line;

    private CsvSource(CSVParser parser) {
        this.parser = parser;
        this.headers = List.copyOf(parser.getHeaderNames());
        this.keys = headers.stream().map(dev.seatledger.core.common.HeaderKeys::key).toList();
        this.records = parser.iterator();
    }

    /** Reads the header line of a text; the text is read on as records are asked for. */
    static CsvSource open(BufferedReader text) throws IOException {
        String first = TextFiles.firstLine(text);
        BufferedReader guarded = new BufferedReader(new LongLineGuard(text));
        try {
            return new CsvSource(dev.seatledger.core.common.CsvDialect.sniffed(first).parse(guarded));
        } catch (LongLineGuard.LineTooLong e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadCsv(1, e.getMessage());
        }
    }

    /** A text that is not valid CSV at a line. */
    static final class BadCsv extends IOException {
        final int line;

        BadCsv(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    List<String> headers() {
        return headers;
    }

    /** The index of the first header matching one of the names, or -1. */
    int column(String... names) {
        for (String n : names) {
            int i = keys.indexOf(dev.seatledger.core.common.HeaderKeys.key(n));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first header matching the pattern (tested on the compared form), or -1. */
    int column(Pattern pattern) {
        for (int i = 0; i < keys.size(); i++) {
            if (pattern.matcher(keys.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    boolean has(String... names) {
        return column(names) >= 0;
    }

    /** The header at an index. */
    String header(int column) {
        return headers.get(column).replace("\uFEFF", "").strip();
    }

    /** Moves to the next record; false at the end. */
    boolean next() throws IOException {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof LongLineGuard.LineTooLong tooLong ? tooLong
                : new BadCsv((int) before + 1, e.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadCsv((int) before + 1, e.getMessage());
        }
        line = (int) before + 1;
        return true;
    }

    /** The line the current record starts on (the header is line 1). */
    int line() {
        return line;
    }

    /** The current record's value in a column, trimmed, without the apostrophe formula-safe exports add; null if blank. */
    String get(int column) {
        if (column < 0 || column >= current.size()) {
            return null;
        }
        String v = current.get(column);
        return v == null || v.isBlank() ? null : CsvSafe.unescape(v.strip());
    }

    /** The number of values of the current record. */
    int size() {
        return current.size();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
