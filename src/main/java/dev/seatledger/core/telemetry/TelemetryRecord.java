package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.NameKeys;
import dev.seatledger.core.recognition.Source;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One parsed observation: an application on a device (optionally with its user), installed or
 * removed, with the last day it was used when the source tracks usage; where it came from (the osquery table) and
 * the publisher a Windows program names, when known.
 */
public record TelemetryRecord(int line, String host, String userEmail, String appName, String bundleId,
                              String version, boolean installed, LocalDate lastUsed, boolean usageTracked,
                              Instant reportedAt, Source source, String publisher) {
    public TelemetryRecord {
        source = source == null ? Source.OTHER : source;
    }

    /** A record of SeatLedger's own files: no source table, no publisher. */
    public TelemetryRecord(int line, String host, String userEmail, String appName, String bundleId, String version,
                           boolean installed, LocalDate lastUsed, boolean usageTracked, Instant reportedAt) {
        this(line, host, userEmail, appName, bundleId, version, installed, lastUsed, usageTracked, reportedAt,
            Source.OTHER, null);
    }

    public String appKey() {
        return NameKeys.appKey(appName, bundleId);
    }

    public String nameKey() {
        return NameKeys.nameKey(appName);
    }
}
