package dev.seatledger.core.telemetry;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers for text inputs: BOM removal, delimiter detection, header aliases. */
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

    static String read(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
            sb.deleteCharAt(0);
        }
        return sb.toString();
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
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
