package dev.seatledger.core.usage.files;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.usage.UsageSink;

/** A reader of one JSON export, record by record. */
interface JsonFormatReader {
    /** Whether a record is this export's. */
    boolean recognizes(JsonNode record);

    /** Reads one record into the sink. */
    void record(int line, JsonNode record, UsageSink sink);
}
