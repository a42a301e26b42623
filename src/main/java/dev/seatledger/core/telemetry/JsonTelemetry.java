package dev.seatledger.core.telemetry;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.common.TextFiles;
import dev.seatledger.core.recognition.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON telemetry: SeatLedger's own format (an array of objects with the CSV's fields) and osquery
 * output — the results log of scheduled queries (one JSON object per line with name, hostIdentifier,
 * unixTime, action snapshot/added/removed, snapshot or columns, decorations) and plain
 * {@code osqueryi --json} output (an array of rows; the host is given on import). Tables: apps
 * (macOS, with last_opened_time), programs (Windows), deb_packages and rpm_packages (Linux).
 */
public final class JsonTelemetry {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(1_000_000).build());
    }

    private JsonTelemetry() {
    }

    /** Parses any supported JSON shape; {@code defaultHost}/{@code defaultUser} apply to plain osqueryi output. */
    public static ParsedTelemetry parse(Reader in, String defaultHost, String defaultUser, Instant importedAt)
            throws IOException {
        BufferedReader text = TextFiles.skipByteOrderMark(in);
        RecordCollector records = new RecordCollector();
        List<ImportError> errors = new ArrayList<>();
        if (TelemetryText.peekNonBlank(text) == '[') {
            // an array, read element by element: a large file is never held whole as a tree
            try (JsonParser p = MAPPER.getFactory().createParser(text)) {
                p.nextToken();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new JsonParseException(p, "the array is not closed");
                    }
                    JsonNode row = MAPPER.readTree(p);
                    i++;
                    if (row.has("device") || row.has("hostname") && row.has("application")) {
                        ownRecord(row, i, importedAt, records, errors);
                    } else {
                        if (defaultHost == null || defaultHost.isBlank()) {
                            errors.add(new ImportError(0, "host", "this is osqueryi output: give the device's host name"));
                            return new ParsedTelemetry(List.of(), errors);
                        }
                        osqueryRow(row, i, defaultHost, defaultUser, true, importedAt, records, errors);
                    }
                }
            } catch (JsonProcessingException e) {
                errors.add(new ImportError(e.getLocation() == null ? 0 : (int) e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage()));
                return new ParsedTelemetry(List.of(), errors);
            }
            return new ParsedTelemetry(records.records(), errors);
        }
        int lineNo = 0;
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode event;
            try {
                event = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                errors.add(new ImportError(lineNo, null, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            String host = event.path("hostIdentifier").asText(null);
            if (host == null || host.isBlank()) {
                errors.add(new ImportError(lineNo, "hostIdentifier", "missing hostIdentifier"));
                continue;
            }
            Instant at = event.has("unixTime") ? Instant.ofEpochSecond(event.path("unixTime").asLong()) : importedAt;
            String user = userFrom(event.path("decorations"), defaultUser);
            String action = event.path("action").asText("snapshot");
            if (event.has("snapshot")) {
                for (JsonNode row : event.path("snapshot")) {
                    osqueryRow(row, lineNo, host, user, true, at, records, errors);
                }
            } else if (event.has("columns")) {
                osqueryRow(event.path("columns"), lineNo, host, user, !"removed".equals(action), at, records, errors);
            } else {
                errors.add(new ImportError(lineNo, null, "neither snapshot nor columns in this result"));
            }
        }
        return new ParsedTelemetry(records.records(), errors);
    }

    private static String userFrom(JsonNode decorations, String fallback) {
        for (Iterator<Map.Entry<String, JsonNode>> it = decorations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getValue().asText("");
            if (v.contains("@") && (e.getKey().contains("email") || e.getKey().contains("user"))) {
                return v.strip();
            }
        }
        return fallback;
    }

    private static void osqueryRow(JsonNode row, int line, String host, String user, boolean installed, Instant at,
                                   RecordCollector out, List<ImportError> errors) {
        String name = row.path("name").asText(null);
        if (name == null || name.isBlank()) {
            errors.add(new ImportError(line, "name", "row without an application name"));
            return;
        }
        String bundle = TelemetryValues.text(row.path("bundle_identifier").asText(null));
        String version = TelemetryValues.text(row.has("bundle_short_version") ? row.path("bundle_short_version").asText()
            : row.path("version").asText(null));
        boolean tracked = row.has("last_opened_time");
        LocalDate used = null;
        if (tracked) {
            try {
                used = TelemetryValues.date(row.path("last_opened_time").asText()).orElse(null);
            } catch (DateTimeParseException | NumberFormatException e) {
                errors.add(new ImportError(line, "last_opened_time", "not a time: " + row.path("last_opened_time").asText()));
                return;
            }
        }
        out.add(line, host, user, name.strip(), bundle, version, installed, used, tracked, at, sourceOf(row),
            TelemetryValues.text(row.has("publisher") ? row.path("publisher").asText(null) : row.path("vendor").asText(null)));
    }

    /**
     * The osquery table a row comes from, by its columns: {@code apps} has bundle_identifier, {@code deb_packages}
     * maintainer or revision, {@code rpm_packages} release or package_group, {@code programs} identifying_number or
     * install_location (https://osquery.io/schema/).
     */
    static Source sourceOf(JsonNode row) {
        if (row.has("bundle_identifier") || row.has("bundle_short_version")) {
            return Source.APPS;
        }
        if (row.has("maintainer") || row.has("revision") || row.has("priority") && row.has("section")) {
            return Source.DEB;
        }
        if (row.has("release") || row.has("package_group") || row.has("sha1")) {
            return Source.RPM;
        }
        if (row.has("identifying_number") || row.has("install_location") || row.has("uninstall_string")) {
            return Source.PROGRAMS;
        }
        return Source.OTHER;
    }

    private static void ownRecord(JsonNode row, int index, Instant at, RecordCollector out, List<ImportError> errors) {
        String host = TelemetryValues.text(row.has("device") ? row.path("device").asText(null) : row.path("hostname").asText(null));
        String app = TelemetryValues.text(row.path("application").asText(null));
        if (host == null || app == null) {
            errors.add(new ImportError(index, host == null ? "device" : "application", "missing value"));
            return;
        }
        var installed = TelemetryValues.bool(row.has("installed") ? row.path("installed").asText() : null);
        if (installed.isEmpty()) {
            errors.add(new ImportError(index, "installed", "expected yes or no"));
            return;
        }
        LocalDate used = null;
        boolean tracked = row.has("last_used") || row.has("used_on");
        try {
            used = TelemetryValues.date(row.path("last_used").asText(null)).orElse(null);
            for (JsonNode d : row.path("used_on").isArray() ? row.path("used_on") : MAPPER.createArrayNode().add(row.path("used_on"))) {
                LocalDate day = TelemetryValues.date(d.isNull() || d.isMissingNode() ? null : d.asText()).orElse(null);
                used = day == null ? used : used == null || day.isAfter(used) ? day : used;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.add(new ImportError(index, "last_used", "not a date"));
            return;
        }
        out.add(index, host, TelemetryValues.text(row.path("user_email").asText(null)), app,
            TelemetryValues.text(row.path("bundle_id").asText(null)), TelemetryValues.text(row.path("version").asText(null)),
            installed.get(), used, tracked, at);
    }
}
