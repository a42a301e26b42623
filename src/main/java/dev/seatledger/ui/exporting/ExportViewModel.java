package dev.seatledger.ui.exporting;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.renewal.ReportFile;
import dev.seatledger.ui.finance.ExportJob;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The export chooser: which table to export, and the export itself off the FX thread with progress and cancel, through
 * a temporary file so a cancel leaves nothing half written. The writers are the command line's CSV exports.
 */
public class ExportViewModel {
    private final Map<ExportKind, BiFunction<Writer, Progress, Long>> writers;
    private final ExportJob job;
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(ExportKind.LICENSES);

    public ExportViewModel(Map<ExportKind, BiFunction<Writer, Progress, Long>> writers, ExportJob job) {
        this.writers = Map.copyOf(writers);
        this.job = job;
    }

    /** Writes the chosen table to {@code file}; the job's notice then says how many rows went where. */
    public void export(Path file) {
        ExportKind what = kind.get();
        BiFunction<Writer, Progress, Long> writer = writers.get(what);
        job.start(progress -> {
            long[] count = new long[1];
            ReportFile.write(file, progress, out -> {
                try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    count[0] = writer.apply(w, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return count[0];
        }, count -> Messages.get("export.done", count, what.label(), file.getFileName()));
    }

    /** The save-as dialog's suggestion for the chosen table. */
    public dev.seatledger.ui.shell.ViewExport chosen() {
        return dev.seatledger.ui.shell.ViewExport.csv(kind.get().fileName(), this::export);
    }

    public ObjectProperty<ExportKind> kindProperty() { return kind; }
    public ExportJob job() { return job; }
}
