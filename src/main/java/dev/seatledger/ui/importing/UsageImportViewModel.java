package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageImportResult;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsagePlan;
import dev.seatledger.core.usage.UsageProblem;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * "Import usage…": a sign-in log or a vendor's user export read away from the screen's thread, its format recognised
 * (or forced), for a plain usage CSV the column mapping with the first rows, every problem by line, the summary (what
 * the file holds, per source, unknown people listed, guests and service accounts skipped); then written all or nothing
 * with progress, Cancel rolling everything back.
 */
public class UsageImportViewModel {
    static final int PREVIEW_ROWS = 5;

    private final UsageImporter importer;
    private final TaskExecutor executor;
    private final ImportRun run;

    private final ObjectProperty<UsageFormat> forcedFormat = new SimpleObjectProperty<>();
    private final ObjectProperty<UsageFormat> format = new SimpleObjectProperty<>();
    private final StringProperty product = new SimpleStringProperty("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableMap<String, String> mapping = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<UsageProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> unknownPeople = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private Path file;
    private UsagePlan plan;
    private long readGeneration;

    public UsageImportViewModel(UsageImporter importer, TaskExecutor executor) {
        this.importer = importer;
        this.executor = executor;
        this.run = new ImportRun(executor, "usage.window.progress");
        skipInvalid.addListener((o, a, b) -> updateCanImport());
        run.importing().addListener((o, a, b) -> updateCanImport());
        reading.addListener((o, a, b) -> updateCanImport());
        forcedFormat.addListener((o, a, b) -> {
            mapping.clear();
            read();
        });
    }

    /** Reads the file with the format recognised. */
    public void load(Path chosen) {
        file = chosen;
        mapping.clear();
        read();
    }

    /**
     * Reads the file again with the current choices (forced format, product, column mapping): recognises it, reads
     * every line into a rollup and plans the import; nothing is written. A newer read replaces an older one.
     */
    public void read() {
        if (file == null) {
            return;
        }
        Path f = file;
        UsageFormat forced = forcedFormat.get();
        String productName = FormViewModel.blankToNull(product.get());
        Map<String, String> columns = Map.copyOf(mapping);
        long generation = ++readGeneration;
        plan = null;
        reading.set(true);
        summary.set(Messages.get("usage.window.reading"));
        executor.execute(() -> analyse(f, forced, productName, columns), a -> {
            if (generation == readGeneration) {
                reading.set(false);
                show(a);
            }
        }, e -> {
            if (generation == readGeneration) {
                reading.set(false);
                clearPlan();
                summary.set(ErrorText.of(e));
            }
        });
    }

    /** What one read found: the format, the plain CSV's preview and mapping, the plan, or why there is none. */
    record Analysis(UsageFormat format, UsageFiles.Preview preview, Map<String, String> mapping, UsagePlan plan,
                    String refusal) {
    }

    private Analysis analyse(Path f, UsageFormat forced, String productName, Map<String, String> columns)
            throws IOException {
        UsageFiles.Options probe = new UsageFiles.Options(forced, null, productName);
        UsageFiles.Detected detected = UsageFiles.detect(f, probe);
        if (detected.format() == null) {
            return new Analysis(null, null, Map.of(), null, detected.problem());
        }
        UsageFormat fmt = detected.format();
        if (fmt == UsageFormat.EMAIL_LIST) {
            return new Analysis(fmt, null, Map.of(), null, Messages.get("usage.window.emailList"));
        }
        UsageFiles.Preview preview = null;
        Map<String, String> used = columns;
        if (fmt == UsageFormat.USAGE_CSV) {
            preview = UsageFiles.preview(f, PREVIEW_ROWS);
            if (used.isEmpty()) {
                used = UsageColumns.guess(preview.headers()).byField();
            }
        }
        Long productId = null;
        if (productName != null) {
            productId = importer.productNamed(productName);
            if (productId == null) {
                return new Analysis(fmt, preview, used, null, Messages.get("usage.cli.noProduct", productName));
            }
        }
        UsageFiles.Options options = new UsageFiles.Options(fmt, fmt == UsageFormat.USAGE_CSV
            ? new UsageColumns(used) : null, productName);
        UsageRollup rollup = new UsageRollup(fmt);
        try {
            UsageFiles.read(f, fmt, options, rollup);
        } catch (IllegalStateException tooBig) {
            return new Analysis(fmt, preview, used, null, tooBig.getMessage());
        }
        return new Analysis(fmt, preview, used, importer.plan(rollup, productId), null);
    }

    private void show(Analysis a) {
        format.set(a.format());
        if (a.preview() != null) {
            headers.setAll(a.preview().headers());
            previewRows.setAll(a.preview().rows());
            if (mapping.isEmpty()) {
                mapping.putAll(a.mapping());
            }
        } else {
            headers.clear();
            previewRows.clear();
        }
        if (a.plan() == null) {
            clearPlan();
            summary.set(a.refusal());
            return;
        }
        plan = a.plan();
        problems.setAll(plan.problems());
        unknownPeople.setAll(plan.unknownPeople());
        List<String> lines = new ArrayList<>(plan.summary());
        if (plan.problemCount() > plan.problems().size()) {
            lines.add(Messages.get("usage.cli.moreProblems", plan.problemCount() - plan.problems().size()));
        }
        if (!plan.changesSomething()) {
            lines.add(Messages.get("usage.window.nothingNew"));
        }
        summary.set(String.join("\n", lines));
        updateCanImport();
    }

    private void clearPlan() {
        plan = null;
        problems.clear();
        unknownPeople.clear();
        updateCanImport();
    }

    /** Sets the header feeding a field of a plain usage CSV (null: none) and reads the file again. */
    public void map(String field, String header) {
        if (header == null) {
            mapping.remove(field);
        } else {
            mapping.put(field, header);
        }
        read();
    }

    private void updateCanImport() {
        UsagePlan p = plan;
        canImport.set(p != null && !run.importing().get() && !reading.get() && p.changesSomething()
            && (p.valid() || skipInvalid.get()));
    }

    /**
     * Writes the plan in one transaction with progress; {@link #cancelImport} stops it between batches and nothing is
     * saved. The result says what was written.
     */
    public void runImport(Runnable onDone) {
        UsagePlan p = plan;
        boolean skip = skipInvalid.get();
        run.start(watched -> importer.apply(p, skip, watched), (UsageImportResult r) -> Messages.get("usage.window.done",
            r.plan().format().displayName(), r.plan().added().size(), r.plan().movedForward().size(), r.plan().unchanged(),
            r.seatsUpdated()), onDone);
    }

    /** Asks the running import to stop; it rolls back and says nothing was saved. */
    public void cancelImport() {
        run.cancel();
    }

    /** A format as the format box shows it; null is "recognise". */
    public static String formatText(UsageFormat f) {
        return f == null ? Messages.get("usage.window.recognise") : f.displayName();
    }

    /** The formats a user may force, in the order the readers are tried; null is "recognise". */
    public static List<UsageFormat> formatChoices() {
        List<UsageFormat> out = new ArrayList<>();
        out.add(null);
        for (UsageFormat f : UsageFormat.values()) {
            if (f != UsageFormat.EMAIL_LIST) {
                out.add(f);
            }
        }
        return out;
    }

    public Path file() { return file; }
    public ObjectProperty<UsageFormat> forcedFormatProperty() { return forcedFormat; }
    public ObjectProperty<UsageFormat> formatProperty() { return format; }
    public StringProperty productProperty() { return product; }
    public ObservableList<String> headers() { return headers; }
    public ObservableList<List<String>> previewRows() { return previewRows; }
    public ObservableMap<String, String> mapping() { return mapping; }
    public ObservableList<UsageProblem> problems() { return problems; }
    public ObservableList<String> unknownPeople() { return unknownPeople; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty resultProperty() { return run.result(); }
    public BooleanProperty readingProperty() { return reading; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public BooleanProperty canImportProperty() { return canImport; }
    public BooleanProperty importingProperty() { return run.importing(); }
    public DoubleProperty progressProperty() { return run.progress(); }
    public StringProperty statusProperty() { return run.status(); }
}
