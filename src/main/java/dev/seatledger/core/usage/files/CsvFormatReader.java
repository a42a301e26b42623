package dev.seatledger.core.usage.files;

import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;

/** A reader of one CSV export: whether a header is its own, and its records. */
interface CsvFormatReader {
    /** Whether the file's header is this export's. */
    boolean recognizes(CsvSource csv);

    /** Reads every record into the sink; a missing column is a problem on line 1. */
    void read(CsvSource csv, UsageSink sink) throws IOException;
}
