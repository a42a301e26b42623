package dev.seatledger.core.telemetry;

import java.util.List;

/** What an import changed. */
public record TelemetryImportResult(int records, int devicesAdded, int appsAdded, int appsUpdated,
                                    List<String> unknownApplications) {
    public boolean changedNothing() {
        return devicesAdded == 0 && appsAdded == 0 && appsUpdated == 0;
    }
}
