package dev.seatledger.core.telemetry;

import java.util.List;

/** Everything read from one file: the records, or the errors that stop it from being imported. */
public record ParsedTelemetry(List<TelemetryRecord> records, List<ImportError> errors) {
    public boolean valid() {
        return errors.isEmpty();
    }
}
