package dev.seatledger.core.telemetry;

import java.nio.file.Path;
import java.time.Instant;

/** Parses one telemetry file in its own JVM (started with a small heap by a test) and prints what it read. */
public final class TelemetryParseWorker {
    private TelemetryParseWorker() {
    }

    public static void main(String[] args) throws Exception {
        ParsedTelemetry parsed = TelemetryFile.parse(Path.of(args[0]), false, null, null, Instant.EPOCH);
        System.out.println("records " + parsed.records().size() + " errors " + parsed.errors().size());
        System.out.println("done");
    }
}
