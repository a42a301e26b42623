package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * SeatLedger's own telemetry CSV: device, user_email, application, bundle_id, version, installed,
 * last_used, used_on (one row per day used; rows roll up to the latest day). Headers are matched
 * ignoring case; comma or semicolon delimited.
 */
public final class SeatLedgerCsvTelemetry {
    private SeatLedgerCsvTelemetry() {
    }

    public static ParsedTelemetry parse(Reader in, Instant reportedAt) throws IOException {
        BufferedReader text = TextFiles.skipByteOrderMark(in);
        char delimiter = TelemetryText.delimiter(TextFiles.firstLine(text));
        RecordCollector records = new RecordCollector();
        List<ImportError> errors = new ArrayList<>();
        long[] read = {1};
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(text)) {
            Map<String, String> cols = TelemetryText.headerIndex(parser.getHeaderNames());
            boolean tracksUsage = cols.containsKey("last_used") || cols.containsKey("used_on");
            for (String required : List.of("device", "application")) {
                if (!cols.containsKey(required)) {
                    errors.add(new ImportError(1, required, "missing column " + required));
                }
            }
            if (!errors.isEmpty()) {
                return new ParsedTelemetry(List.of(), errors);
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                read[0] = parser.getCurrentLineNumber();
                String host = TelemetryValues.text(get(r, cols, "device"));
                String app = TelemetryValues.text(get(r, cols, "application"));
                if (host == null) {
                    errors.add(new ImportError(line, "device", "device is empty"));
                }
                if (app == null && TelemetryValues.text(get(r, cols, "bundle_id")) == null) {
                    errors.add(new ImportError(line, "application", "application is empty"));
                }
                var installed = TelemetryValues.bool(get(r, cols, "installed"));
                if (installed.isEmpty()) {
                    errors.add(new ImportError(line, "installed", "expected yes or no, found \"" + get(r, cols, "installed") + "\""));
                }
                LocalDate used = null;
                for (String c : List.of("last_used", "used_on")) {
                    try {
                        LocalDate d = TelemetryValues.date(get(r, cols, c)).orElse(null);
                        used = d == null ? used : used == null || d.isAfter(used) ? d : used;
                    } catch (DateTimeParseException | NumberFormatException e) {
                        errors.add(new ImportError(line, c, "not a date: \"" + get(r, cols, c) + "\""));
                    }
                }
                String email = TelemetryValues.text(get(r, cols, "user_email"));
                if (email != null && !email.contains("@")) {
                    errors.add(new ImportError(line, "user_email", "not an email address: \"" + email + "\""));
                }
                if (host != null && (app != null || get(r, cols, "bundle_id") != null) && installed.isPresent()) {
                    records.add(line, host, email, app == null ? get(r, cols, "bundle_id") : app,
                        TelemetryValues.text(get(r, cols, "bundle_id")), TelemetryValues.text(get(r, cols, "version")),
                        installed.get(), used, tracksUsage, reportedAt);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException encoding) {
                throw encoding;
            }
            errors.add(new ImportError(0, null, dev.seatledger.core.common.CsvProblem.describe(e, read[0] + 1)));
        } catch (org.apache.commons.csv.CSVException | IllegalStateException | IllegalArgumentException e) {
            // the reader's refusals in the header line: a quote left open, a missing or repeated name
            errors.add(new ImportError(0, null, dev.seatledger.core.common.CsvProblem.describe(e, read[0] + 1)));
        }
        return new ParsedTelemetry(records.records(), errors);
    }

    private static String get(CSVRecord r, Map<String, String> cols, String name) {
        String header = cols.get(name);
        return header == null || !r.isMapped(header) || !r.isSet(header) ? null : r.get(header);
    }

    static String norm(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
