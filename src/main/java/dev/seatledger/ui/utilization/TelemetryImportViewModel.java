package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.SeatLedgerCsvTelemetry;
import dev.seatledger.core.telemetry.TelemetryImportResult;
import dev.seatledger.core.telemetry.TelemetryImporter;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** "Import telemetry…": reads a telemetry file (CSV, JSON, osquery output) and imports it with progress. */
public class TelemetryImportViewModel {
    private final TelemetryImporter importer;
    private final TaskExecutor executor;
    private final Clock clock;
    private final WorkStatus status;
    private final Runnable onImported;

    TelemetryImportViewModel(TelemetryImporter importer, TaskExecutor executor, Clock clock, WorkStatus status,
                             Runnable onImported) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
        this.status = status;
        this.onImported = onImported;
    }

    /** Reads and imports a telemetry file; {@code host} is needed only for plain osqueryi output. */
    public void importFile(Path file, String host, String user) {
        status.start();
        status.track(executor.executeWithProgress(p -> importer.importParsed(parse(file, host, user), p),
            status::progress, (TelemetryImportResult r) -> {
                status.finished();
                status.noticeProperty().set(r.changedNothing() ? Messages.get("util.import.unchanged", r.records())
                    : Messages.get("util.import.done", r.records(), r.devicesAdded(), r.appsAdded(), r.appsUpdated(),
                        r.unknownApplications().size()));
                onImported.run();
            }, t -> {
                status.finished();
                if (t instanceof ValidationException v) {
                    status.errorProperty().set(Messages.get("util.import.invalid", file.getFileName(), v.errors().size(),
                        String.join("\n", v.errors().stream().limit(8).map(e -> e.message()).toList())));
                } else if (t instanceof CancelledException) {
                    status.noticeProperty().set(Messages.get("util.import.cancelled"));
                } else {
                    status.fail(t);
                }
            }));
    }

    /** Whether the file is plain osqueryi output, which does not name its device: the user is asked for it. */
    public boolean needsHost(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            String start = n <= 0 ? "" : new String(buf, 0, n).strip();
            if (start.startsWith("\uFEFF")) {
                start = start.substring(1).strip();
            }
            return start.startsWith("[") && !start.contains("\"device\"") && !start.contains("\"hostname\"");
        } catch (IOException e) {
            return false;
        }
    }

    ParsedTelemetry parse(Path file, String host, String user) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return name.endsWith(".csv") || name.endsWith(".txt")
                ? SeatLedgerCsvTelemetry.parse(r, clock.instant())
                : JsonTelemetry.parse(r, host, user, clock.instant());
        } catch (MalformedInputException e) {
            throw new ValidationException(List.of(new FieldError("file", Messages.get("util.import.encoding"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
