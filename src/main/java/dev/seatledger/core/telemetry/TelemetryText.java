package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers for telemetry text: format and delimiter detection, header aliases. */
final class TelemetryText {
    private static final Map<String, String> ALIASES = Map.ofEntries(
        Map.entry("device", "device"), Map.entry("hostname", "device"), Map.entry("host", "device"),
        Map.entry("computer", "device"), Map.entry("user_email", "user_email"), Map.entry("email", "user_email"),
        Map.entry("user", "user_email"), Map.entry("application", "application"), Map.entry("app", "application"),
        Map.entry("name", "application"), Map.entry("app_name", "application"), Map.entry("bundle_id", "bundle_id"),
        Map.entry("bundle_identifier", "bundle_id"), Map.entry("package", "bundle_id"), Map.entry("version", "version"),
        Map.entry("installed", "installed"), Map.entry("last_used", "last_used"), Map.entry("last_used_date", "last_used"),
        Map.entry("used_on", "used_on"), Map.entry("used_date", "used_on"), Map.entry("date", "used_on"));

    private TelemetryText() {
    }

    /** The first character that is not white space (-1 when there is none), leaving the reader where it was. */
    static int peekNonBlank(BufferedReader r) throws IOException {
        r.mark(TextFiles.LOOK_AHEAD);
        int c;
        do {
            c = r.read();
        } while (c >= 0 && Character.isWhitespace(c));
        r.reset();
        return c;
    }

    /** The delimiter of a header line: semicolon when it has more of them than commas. */
    static char delimiter(String first) {
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** Canonical column name → header as written in the file. */
    static Map<String, String> headerIndex(List<String> headers) {
        Map<String, String> map = new HashMap<>();
        for (String h : headers) {
            String canonical = ALIASES.get(SeatLedgerCsvTelemetry.norm(h));
            if (canonical != null) {
                map.putIfAbsent(canonical, h);
            }
        }
        return map;
    }
}
