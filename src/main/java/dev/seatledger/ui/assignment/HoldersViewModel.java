package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderQuery;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.HolderSort;
import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.PagedRowList;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** View all users of one license: search, inactive-seats filter, SQL sort, paged rows, CSV export. */
public class HoldersViewModel {
    public static final int PAGE_SIZE = 200;

    private final HolderQuery query;
    private final TaskExecutor executor;
    private final long licenseId;
    private final String licenseName;

    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty inactiveOnly = new SimpleBooleanProperty(false);
    private HolderSort sort = HolderSort.NAME;
    private boolean ascending = true;
    private final PagedRowList<HolderRow> rows;
    private final LongProperty matching = new SimpleLongProperty(0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Cancellable runningExport;
    private long generation;

    public HoldersViewModel(HolderQuery query, TaskExecutor executor, long licenseId, String licenseName) {
        this.query = query;
        this.executor = executor;
        this.licenseId = licenseId;
        this.licenseName = licenseName;
        this.rows = new PagedRowList<>(executor, PAGE_SIZE, 40);
        search.addListener((o, a, b) -> refresh());
        inactiveOnly.addListener((o, a, b) -> refresh());
    }

    public HolderFilter filter() {
        return new HolderFilter(search.get(), inactiveOnly.get(), sort, ascending);
    }

    public void refresh() {
        long gen = ++generation;
        HolderFilter f = filter();
        executor.execute(() -> new First(query.count(licenseId, f), query.page(licenseId, f, 0, PAGE_SIZE)), first -> {
            if (gen != generation) {
                return;
            }
            matching.set(first.count());
            rows.reset((int) first.count(), first.rows(), (offset, limit) -> query.page(licenseId, f, offset, limit));
        }, t -> error.set(ErrorText.of(t)));
    }

    public void sortBy(HolderSort s, boolean asc) {
        sort = s;
        ascending = asc;
        refresh();
    }

    /** Writes the filtered rows to {@code target} (via a temp file, so a cancel leaves no half file). */
    public void export(Path target) {
        HolderFilter f = filter();
        exporting.set(true);
        exportProgress.set(0);
        runningExport = executor.executeWithProgress(progress -> {
            try {
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".seatledger-export", ".csv");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write('\uFEFF');
                    long n = query.exportCsv(licenseId, f, w, progress);
                    w.close();
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    return n;
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (done, total) -> exportProgress.set(total == 0 ? 1 : (double) done / total), n -> {
            exporting.set(false);
            notice.set(Messages.get("holders.exported", n, target.getFileName()));
        }, t -> {
            exporting.set(false);
            if (t instanceof CancelledException) {
                notice.set(Messages.get("holders.exportCancelled"));
            } else {
                error.set(ErrorText.of(t));
            }
        });
    }

    public void cancelExport() {
        if (runningExport != null) {
            runningExport.cancel();
        }
    }

    public String suggestedFileName() {
        return licenseName.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "") + "-users.csv";
    }

    public String countText() {
        return Messages.get(inactiveOnly.get() ? "holders.count.inactive" : "holders.count", matching.get());
    }

    public String licenseName() {
        return licenseName;
    }

    public StringProperty searchProperty() { return search; }
    public BooleanProperty inactiveOnlyProperty() { return inactiveOnly; }
    public PagedRowList<HolderRow> rows() { return rows; }
    public LongProperty matchingProperty() { return matching; }
    public BooleanProperty exportingProperty() { return exporting; }
    public DoubleProperty exportProgressProperty() { return exportProgress; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record First(long count, List<HolderRow> rows) {
    }
}
