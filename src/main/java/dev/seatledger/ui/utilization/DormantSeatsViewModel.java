package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantListing;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.ReclaimResult;
import dev.seatledger.core.utilization.ReclaimService;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.core.utilization.UtilizationSummary;
import dev.seatledger.ui.common.PagedRowList;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dormant seats screen: filters (signal or source of the last use, product, department), the seats paged from SQL in the chosen sort,
 * their count, and reclaiming the selected ones.
 */
public class DormantSeatsViewModel {
    public static final int PAGE_SIZE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DormantSeatsViewModel.class);

    private final UtilizationQuery utilization;
    private final ReclaimService reclaim;
    private final TaskExecutor executor;
    private final WorkStatus status;
    private final Runnable onReclaimed;

    private final ObjectProperty<SignalChoice> signal = new SimpleObjectProperty<>(SignalChoice.ALL);
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductOption> product = new SimpleObjectProperty<>();
    private final ObservableList<ProductOption> productChoices = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final PagedRowList<DormantSeat> rows;
    private final StringProperty count = new SimpleStringProperty("");
    private DormantSort sort = DormantSort.LICENSE;
    private boolean ascending = true;
    /** Bumped on the screen's thread by every new read of the dormant seats; read by the order read ahead. */
    private volatile long generation;
    private UtilizationSummary lastSummary;
    private String baseCurrency = "EUR";
    /** Whether the tab has been read once: until then nothing is read (the tab has not been opened). */
    private boolean opened;

    DormantSeatsViewModel(UtilizationQuery utilization, ReclaimService reclaim, TaskExecutor executor, WorkStatus status,
                          Runnable onReclaimed) {
        this.utilization = utilization;
        this.reclaim = reclaim;
        this.executor = executor;
        this.status = status;
        this.onReclaimed = onReclaimed;
        this.rows = new PagedRowList<>(executor, PAGE_SIZE, 40);
        signal.addListener((o, a, b) -> refresh());
        department.addListener((o, a, b) -> refresh());
        product.addListener((o, a, b) -> refresh());
    }

    public DormancyFilter filter() {
        SignalChoice s = signal.get() == null ? SignalChoice.ALL : signal.get();
        return new DormancyFilter(s.signal(), product.get() == null ? null : product.get().id(), department.get(),
            s.source());
    }

    /** Starts the read that comes with the whole tab's: the filters and sort as they are now. */
    Read open() {
        opened = true;
        return new Read(++generation, filter(), sort, ascending);
    }

    /** Reads the count and first page of {@code read} (off the FX thread); the count from the summary's counts. */
    First firstPage(Read read, UtilizationSummary known) {
        long n = known != null ? known.count(read.filter()) : utilization.countDormant(read.filter());
        return new First(n, utilization.dormantPage(read.filter(), read.sort(), read.ascending(), 0, PAGE_SIZE, known),
            known);
    }

    /** Shows what the tab's read brought: the first page (unless a newer read started), departments and products. */
    void show(Read read, First first, List<ProductOption> products) {
        UtilizationSummary r = first.summary();
        lastSummary = r;
        baseCurrency = r.baseCurrency();
        if (read.generation() == generation) {
            showRows(read, first);
        }
        String selected = department.get();
        List<String> wanted = new ArrayList<>(r.departments());
        if (selected != null && !wanted.contains(selected)) {
            wanted.add(selected);
        }
        // replace the choices only when they change: every replacement moves the filter box's selection, and a
        // moved selection refreshes the list again
        if (!wanted.equals(departments.stream().filter(Objects::nonNull).toList())) {
            departments.setAll(wanted);
        }
        ProductOption selectedProduct = product.get();
        productChoices.setAll(products);
        if (selectedProduct != null && productChoices.stream().noneMatch(p -> p.id() == selectedProduct.id())) {
            productChoices.add(selectedProduct);
        }
    }

    /** Reloads the dormant seats only (after a filter or sort change): their count and first page. */
    public void refresh() {
        if (!opened) {
            // the view's filters and sort settle while it is built; the tab's first read uses them
            return;
        }
        Read read = new Read(++generation, filter(), sort, ascending);
        UtilizationSummary known = lastSummary;
        executor.execute(() -> firstPage(read, known), first -> {
            if (read.generation() == generation) {
                showRows(read, first);
            }
        }, status::fail);
    }

    /** Sorts by {@code s}; a sort the list already has reads nothing again. */
    public void sortBy(DormantSort s, boolean asc) {
        if (opened && s == sort && asc == ascending) {
            return;
        }
        sort = s;
        ascending = asc;
        refresh();
    }

    private void showRows(Read read, First first) {
        count.set(Messages.get("util.dormant.count", first.count()));
        DormantListing listing = new DormantListing(utilization, read.filter(), read.sort(), read.ascending(),
            first.summary());
        rows.reset((int) first.count(), first.rows(), listing::page);
        long gen = generation;
        if (first.count() > DormantListing.ORDER_FROM_ROW) {
            // a jump down the table finds the order read; a listing replaced meanwhile is not read
            executor.run(() -> {
                if (generation == gen) {
                    listing.prepareDeepPages(first.count());
                }
            }, () -> { }, e -> LOG.debug("Dormant seats order not read ahead: {}", e.toString()));
        }
    }

    /**
     * The dormant seats at the given row positions of the table, in that order: rows already on screen are
     * taken as they are, positions not loaded yet are read from SQL with the same filter and sort.
     */
    public void seatsAt(List<Integer> indices, Consumer<List<DormantSeat>> result) {
        if (indices.isEmpty()) {
            result.accept(List.of());
            return;
        }
        List<Integer> sorted = indices.stream().sorted().toList();
        if (sorted.stream().allMatch(rows::isLoaded)) {
            result.accept(sorted.stream().map(rows::get).filter(d -> d != null).toList());
            return;
        }
        DormancyFilter f = filter();
        DormantSort s0 = sort;
        boolean asc = ascending;
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        UtilizationSummary known = lastSummary;
        executor.execute(() -> utilization.dormantPage(f, s0, asc, first, last - first + 1, known), page -> result.accept(
            sorted.stream().filter(i -> i - first < page.size()).map(i -> page.get(i - first)).toList()), status::fail);
    }

    /** The confirmation asked before reclaiming {@code seats}: how many, and their yearly cost per currency. */
    public String reclaimQuestion(List<DormantSeat> seats) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (DormantSeat d : seats) {
            if (d.annualCost() != null) {
                sums.merge(d.currency(), d.annualCost(), BigDecimal::add);
            }
        }
        if (sums.isEmpty()) {
            return Messages.get("util.reclaim.confirmNoCost", seats.size());
        }
        return Messages.get("util.reclaim.confirm", seats.size(),
            String.join(" + ", sums.entrySet().stream().map(e -> Money.format(e.getValue(), e.getKey())).toList()));
    }

    public void reclaim(List<DormantSeat> seats) {
        status.start();
        List<Long> ids = seats.stream().map(DormantSeat::assignmentId).toList();
        status.track(executor.executeWithProgress(p -> reclaim.reclaim(ids, p), status::progress, (ReclaimResult r) -> {
            status.finished();
            String text = Messages.get("util.reclaim.done", r.reclaimed());
            if (!r.failures().isEmpty()) {
                text += " " + Messages.get("util.reclaim.failed", r.failures().size(),
                    String.join("; ", r.failures().values().stream().distinct().toList()));
                status.errorProperty().set(text);
            } else {
                status.noticeProperty().set(text);
            }
            onReclaimed.run();
        }, t -> {
            status.finished();
            status.fail(t);
            onReclaimed.run();
        }));
    }

    /** "€120.00", or "$130.00 (€119.60)" when the license currency is not the base currency. */
    public String costText(DormantSeat d) {
        if (d.savesNothing()) {
            return Messages.get("util.cost.none");
        }
        String own = Money.format(d.annualCost(), d.currency());
        if (d.currency().equals(baseCurrency)) {
            return own;
        }
        return own + " (" + (d.annualCostBase() == null ? Messages.get("util.noRate")
            : Money.format(d.annualCostBase(), baseCurrency)) + ")";
    }

    public ObjectProperty<SignalChoice> signalProperty() { return signal; }
    public ObjectProperty<String> departmentProperty() { return department; }
    public ObjectProperty<ProductOption> productProperty() { return product; }
    public ObservableList<ProductOption> productChoices() { return productChoices; }
    public ObservableList<String> departments() { return departments; }
    public PagedRowList<DormantSeat> rows() { return rows; }
    public StringProperty countProperty() { return count; }
    public WorkStatus status() { return status; }

    /** One read of the dormant seats: which one it is, and the filters and sort it was started with. */
    record Read(long generation, DormancyFilter filter, DormantSort sort, boolean ascending) {
    }

    /** A listing's count and first page, and the summary they were read against. */
    record First(long count, List<DormantSeat> rows, UtilizationSummary summary) {
    }
}
