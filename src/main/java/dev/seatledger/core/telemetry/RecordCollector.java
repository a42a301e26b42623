package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects parsed records, sharing equal host names, e-mails, application names, versions and dates between them:
 * a million rows name a few thousand devices, people and applications, so the records of a large file fit in the
 * application's heap.
 */
final class RecordCollector {
    private final List<TelemetryRecord> records = new ArrayList<>();
    private final Map<Object, Object> shared = new HashMap<>();

    void add(int line, String host, String email, String app, String bundle, String version, boolean installed,
             LocalDate used, boolean tracked, Instant at) {
        add(line, host, email, app, bundle, version, installed, used, tracked, at, Source.OTHER, null);
    }

    void add(int line, String host, String email, String app, String bundle, String version, boolean installed,
             LocalDate used, boolean tracked, Instant at, Source source, String publisher) {
        records.add(new TelemetryRecord(line, share(host), share(email), share(app), share(bundle), share(version),
            installed, share(used), tracked, share(at), source, share(publisher)));
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    List<TelemetryRecord> records() {
        return records;
    }
}
