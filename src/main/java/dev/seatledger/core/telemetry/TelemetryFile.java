package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A telemetry file as the command line reads it: UTF-8 when every byte sequence is valid UTF-8, otherwise
 * Windows-1252 (what Windows tools write), a byte-order mark skipped, JSON when it starts with {@code [} or
 * {@code {}, SeatLedger CSV otherwise. The file is read as it is parsed, never whole into memory.
 */
public final class TelemetryFile {
    private TelemetryFile() {
    }

    /** Parses the file; {@code json} forces JSON (osquery output), else the first character decides. */
    public static ParsedTelemetry parse(Path file, boolean json, String host, String user, Instant at) throws IOException {
        try (BufferedReader in = TextFiles.open(file)) {
            int first = TelemetryText.peekNonBlank(in);
            return json || first == '[' || first == '{' ? JsonTelemetry.parse(in, host, user, at)
                : SeatLedgerCsvTelemetry.parse(in, at);
        } catch (IOException e) {
            throw dev.seatledger.core.common.FileProblem.reading(file, e);
        }
    }
}
