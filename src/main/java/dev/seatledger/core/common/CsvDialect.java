package dev.seatledger.core.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * How SeatLedger reads a CSV file someone else wrote: the delimiter (comma, semicolon or tab) told from the header
 * line, the header skipped, empty lines ignored, missing and repeated header names allowed.
 */
public final class CsvDialect {
    private CsvDialect() {
    }

    /** The format for a file whose first line is {@code first}. */
    public static CSVFormat sniffed(String first) {
        long commas = first.chars().filter(c -> c == ',').count();
        char delimiter = first.chars().filter(c -> c == ';').count() > commas ? ';'
            : first.chars().filter(c -> c == '\t').count() > commas ? '\t' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    }
}
