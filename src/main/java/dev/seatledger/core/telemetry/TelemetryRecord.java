package dev.seatledger.core.telemetry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One parsed observation: an application on a device (optionally with its user), installed or
 * removed, with the last day it was used when the source tracks usage.
 */
public record TelemetryRecord(int line, String host, String userEmail, String appName, String bundleId,
                              String version, boolean installed, LocalDate lastUsed, boolean usageTracked,
                              Instant reportedAt) {
    public String appKey() {
        String k = bundleId != null && !bundleId.isBlank() ? AppAlias.key(bundleId) : AppAlias.nameKey(appName);
        return k.length() > 255 ? k.substring(0, 255) : k;
    }

    public String nameKey() {
        return AppAlias.nameKey(appName);
    }
}
