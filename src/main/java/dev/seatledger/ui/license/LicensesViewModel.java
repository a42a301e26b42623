package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.LicenseCounts;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.license.LicenseQuery;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.license.LicenseSort;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.RenewalCountdown;
import dev.seatledger.core.license.SavedFilter;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Licenses list: search, status chips and saved filters with live counts, SQL sorting. */
public class LicensesViewModel {
    private final LicenseQuery query;
    private final LicenseService service;
    private final TaskExecutor executor;
    private final Clock clock;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LicenseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<SavedFilter> savedFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<LicenseSort> sort = new SimpleObjectProperty<>(LicenseSort.PRODUCT);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<LicenseRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LicenseCounts> counts =
        new SimpleObjectProperty<>(new LicenseCounts(0, Map.of(), Map.of()));
    private final StringProperty limitNote = new SimpleStringProperty("");
    private final BooleanProperty inventoryEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;
    private boolean batching;

    public LicensesViewModel(LicenseQuery query, LicenseService service, TaskExecutor executor, Clock clock) {
        this.query = query;
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        search.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        savedFilter.addListener((o, a, b) -> refresh());
        showArchived.addListener((o, a, b) -> refresh());
    }

    public LicenseListRequest request() {
        return new LicenseListRequest(search.get(), status.get(), savedFilter.get(), showArchived.get(),
            sort.get(), ascending.get(), LicenseListRequest.DEFAULT_LIMIT);
    }

    public void refresh() {
        if (batching) {
            return;
        }
        long gen = ++generation;
        LicenseListRequest r = request();
        loading.set(true);
        executor.execute(() -> query.listing(r), res -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            if (rows.isEmpty() && !res.rows().isEmpty()) org.slf4j.LoggerFactory.getLogger(LicensesViewModel.class).info("Licenses list shown: {} rows", res.rows().size());
            rows.setAll(res.rows());
            counts.set(res.counts());
            inventoryEmpty.set(res.inventoryEmpty() && !showArchived.get());
            limitNote.set(res.matching() > res.rows().size()
                ? Messages.get("license.limited", res.rows().size(), res.matching()) : "");
        }, this::fail);
    }

    /**
     * Applies a new sort and reloads once; the sort in force already is not read again (the table asks for
     * its sort as it is first shown, while the first load is running).
     */
    public void sortBy(LicenseSort s, boolean asc) {
        if (s == sort.get() && asc == ascending.get()) {
            return;
        }
        batching = true;
        sort.set(s);
        ascending.set(asc);
        batching = false;
        refresh();
    }

    public void archive(LicenseRow row) {
        archive(row, () -> { });
    }

    /** Archives the license; {@code archived} runs once it is (the toast offering Undo). */
    public void archive(LicenseRow row, Runnable archived) {
        executor.run(() -> service.archive(row.id()), () -> {
            notice.set(Messages.get("license.archived"));
            refresh();
            archived.run();
        }, this::fail);
    }

    public void restore(LicenseRow row) {
        restore(row.id());
    }

    public void restore(long licenseId) {
        executor.run(() -> service.restore(licenseId), () -> {
            notice.set(Messages.get("license.restored"));
            refresh();
        }, this::fail);
    }

    public String chipText(LicenseStatus s) {
        LicenseCounts c = counts.get();
        return s == null ? Messages.get("license.chip.all") + "  " + c.all()
            : Labels.of("license.status", s) + "  " + c.status(s);
    }

    public String savedFilterText(SavedFilter f) {
        return Labels.of("license.filter", f) + "  " + counts.get().saved(f);
    }

    public RenewalCountdown countdown(LicenseRow row) {
        return RenewalCountdown.of(row.expiryDate(), row.noticeDays(), LocalDate.now(clock));
    }

    public String countText() {
        return rows.size() == 1 ? Messages.get("license.count.one") : Messages.get("license.count", rows.size());
    }

    public void announce(String message) {
        notice.set(message);
    }

    private void fail(Throwable t) {
        loading.set(false);
        error.set(ErrorText.of(t));
    }

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<LicenseStatus> statusProperty() { return status; }
    public ObjectProperty<SavedFilter> savedFilterProperty() { return savedFilter; }
    public BooleanProperty showArchivedProperty() { return showArchived; }
    public ObservableList<LicenseRow> rows() { return rows; }
    public ObjectProperty<LicenseCounts> countsProperty() { return counts; }
    public StringProperty limitNoteProperty() { return limitNote; }
    public BooleanProperty inventoryEmptyProperty() { return inventoryEmpty; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

}
