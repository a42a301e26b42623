package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.SeatLedgerCsvTelemetry;
import dev.seatledger.core.telemetry.TelemetryImportResult;
import dev.seatledger.core.telemetry.TelemetryImporter;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantListing;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.LicenseUtilization;
import dev.seatledger.core.utilization.ReclaimResult;
import dev.seatledger.core.utilization.ReclaimService;
import dev.seatledger.core.utilization.Signal;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.UtilizationSummary;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.PagedRowList;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Utilization tab: ranking, dormant seats, savings, reclaim, reconciliation, unknown apps, devices, import. */
public class UtilizationViewModel {
    public static final int PAGE_SIZE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(UtilizationViewModel.class);

    private final UtilizationQuery utilization;
    private final TelemetryQuery telemetry;
    private final TelemetryImporter importer;
    private final AliasService aliases;
    private final ReclaimService reclaim;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObjectProperty<Signal> signal = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductOption> product = new SimpleObjectProperty<>();
    private final ObservableList<ProductOption> productChoices = FXCollections.observableArrayList();
    private final ObservableList<LicenseUtilization> ranking = FXCollections.observableArrayList();
    private final PagedRowList<DormantSeat> dormant;
    private final LongProperty matching = new SimpleLongProperty(0);
    private final StringProperty dormantCount = new SimpleStringProperty("");
    private DormantSort sort = DormantSort.LICENSE;
    private boolean ascending = true;
    /** Bumped on the screen's thread by every new read of the dormant seats; read by the order read ahead. */
    private volatile long dormantGeneration;
    private UtilizationSummary lastSummary;
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<TelemetryQuery.UnusedSeat> unused = FXCollections.observableArrayList();
    private final ObservableList<TelemetryQuery.ShadowApp> shadow = FXCollections.observableArrayList();
    private final ObservableList<TelemetryQuery.UnknownApp> unknown = FXCollections.observableArrayList();
    private final ObservableList<TelemetryQuery.DeviceRow> devices = FXCollections.observableArrayList();
    private final StringProperty savings = new SimpleStringProperty("");
    private final StringProperty missingRates = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Cancellable running;
    private String baseCurrency = "EUR";

    public UtilizationViewModel(UtilizationQuery utilization, TelemetryQuery telemetry, TelemetryImporter importer,
                                AliasService aliases, ReclaimService reclaim, CatalogQuery catalog, TaskExecutor executor,
                                Clock clock) {
        this.utilization = utilization;
        this.telemetry = telemetry;
        this.importer = importer;
        this.aliases = aliases;
        this.reclaim = reclaim;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.dormant = new PagedRowList<>(executor, PAGE_SIZE, 40);
        signal.addListener((o, a, b) -> refreshDormant());
        department.addListener((o, a, b) -> refreshDormant());
        product.addListener((o, a, b) -> refreshDormant());
    }

    /** Whether refresh() has run: until then nothing is read (the tab has not been opened). */
    private boolean opened;

    public DormancyFilter filter() {
        return new DormancyFilter(signal.get(), product.get() == null ? null : product.get().id(), department.get());
    }

    /**
     * Reloads everything: totals, ranking and the dormant seats' first page first, then, in a second read so
     * they never hold the rest back, the reconciliation lists and devices.
     */
    public void refresh() {
        opened = true;
        long gen = ++dormantGeneration;
        DormancyFilter f = filter();
        DormantSort s0 = sort;
        boolean asc = ascending;
        executor.execute(() -> {
            UtilizationSummary summary = utilization.summary();
            return new Snapshot(summary, firstPage(f, s0, asc, summary), catalog.options());
        }, s -> {
            UtilizationSummary r = s.summary();
            lastSummary = r;
            baseCurrency = r.baseCurrency();
            ranking.setAll(r.ranking());
            if (gen == dormantGeneration) {
                showDormant(f, s0, asc, s.dormant());
            }
            String selected = department.get();
            java.util.List<String> wanted = new java.util.ArrayList<>(r.departments());
            if (selected != null && !wanted.contains(selected)) {
                wanted.add(selected);
            }
            // replace the choices only when they change: every replacement moves the filter box's selection, and a
            // moved selection refreshes the list again
            if (!wanted.equals(departments.stream().filter(java.util.Objects::nonNull).toList())) {
                departments.setAll(wanted);
            }
            savings.set(Messages.get("util.savings.total", Money.format(r.totalSavingsBase(), r.baseCurrency()),
                r.dormantSeats()));
            missingRates.set(r.missingRates().isEmpty() ? ""
                : Messages.get("util.savings.missingRates", String.join(", ", r.missingRates()), r.baseCurrency()));
            ProductOption selectedProduct = product.get();
            productChoices.setAll(s.products());
            if (selectedProduct != null && productChoices.stream().noneMatch(p -> p.id() == selectedProduct.id())) {
                productChoices.add(selectedProduct);
            }
            refreshReconciliation();
        }, this::fail);
    }

    private void refreshReconciliation() {
        executor.execute(() -> new Reconciliation(telemetry.paidUnused(2000), telemetry.shadowIt(500),
            telemetry.unknownApps(500), telemetry.devices(5000)), r -> {
                unused.setAll(r.unused());
                shadow.setAll(r.shadow());
                unknown.setAll(r.unknown());
                devices.setAll(r.devices());
            }, this::fail);
    }

    /** Reloads the dormant seats only (after a filter or sort change): their count and first page. */
    public void refreshDormant() {
        if (!opened) {
            // the view's filters and sort settle while it is built; the first refresh() reads with them
            return;
        }
        long gen = ++dormantGeneration;
        DormancyFilter f = filter();
        DormantSort s0 = sort;
        boolean asc = ascending;
        UtilizationSummary known = lastSummary;
        executor.execute(() -> firstPage(f, s0, asc, known), first -> {
            if (gen == dormantGeneration) {
                showDormant(f, s0, asc, first);
            }
        }, this::fail);
    }

    public void sortBy(DormantSort s, boolean asc) {
        sort = s;
        ascending = asc;
        refreshDormant();
    }

    /** The count comes from the summary's grouped counts when there is one, else from SQL. */
    private DormantFirst firstPage(DormancyFilter f, DormantSort s, boolean asc, UtilizationSummary known) {
        long count = known != null ? known.count(f) : utilization.countDormant(f);
        return new DormantFirst(count, utilization.dormantPage(f, s, asc, 0, PAGE_SIZE, known), known);
    }

    private void showDormant(DormancyFilter f, DormantSort s, boolean asc, DormantFirst first) {
        matching.set(first.count());
        dormantCount.set(Messages.get("util.dormant.count", first.count()));
        UtilizationSummary known = first.summary();
        DormantListing listing = new DormantListing(utilization, f, s, asc, known);
        dormant.reset((int) first.count(), first.rows(), listing::page);
        long gen = dormantGeneration;
        if (first.count() > DormantListing.ORDER_FROM_ROW) {
            // a jump down the table finds the order read; a listing replaced meanwhile is not read
            executor.run(() -> {
                if (dormantGeneration == gen) {
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
        if (sorted.stream().allMatch(dormant::isLoaded)) {
            result.accept(sorted.stream().map(dormant::get).filter(d -> d != null).toList());
            return;
        }
        DormancyFilter f = filter();
        DormantSort s0 = sort;
        boolean asc = ascending;
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        UtilizationSummary known = lastSummary;
        executor.execute(() -> utilization.dormantPage(f, s0, asc, first, last - first + 1, known), rows -> result.accept(
            sorted.stream().filter(i -> i - first < rows.size()).map(i -> rows.get(i - first)).toList()), this::fail);
    }

    /** The confirmation asked before reclaiming {@code seats}: how many, and their yearly cost per currency. */
    public String reclaimQuestion(List<DormantSeat> seats) {
        java.util.Map<String, BigDecimal> sums = new java.util.TreeMap<>();
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
        busy.set(true);
        progress.set(0);
        List<Long> ids = seats.stream().map(DormantSeat::assignmentId).toList();
        running = executor.executeWithProgress(p -> reclaim.reclaim(ids, p),
            (done, total) -> progress.set(total == 0 ? 1 : (double) done / total), (ReclaimResult r) -> {
                busy.set(false);
                String text = Messages.get("util.reclaim.done", r.reclaimed());
                if (!r.failures().isEmpty()) {
                    text += " " + Messages.get("util.reclaim.failed", r.failures().size(),
                        String.join("; ", r.failures().values().stream().distinct().toList()));
                    error.set(text);
                } else {
                    notice.set(text);
                }
                refresh();
            }, t -> {
                busy.set(false);
                fail(t);
                refresh();
            });
    }

    /** Reads and imports a telemetry file; {@code host} is needed only for plain osqueryi output. */
    public void importFile(Path file, String host, String user) {
        busy.set(true);
        progress.set(0);
        running = executor.executeWithProgress(p -> {
            ParsedTelemetry parsed = parse(file, host, user);
            return importer.importParsed(parsed, p);
        }, (done, total) -> progress.set(total == 0 ? 1 : (double) done / total), (TelemetryImportResult r) -> {
            busy.set(false);
            notice.set(r.changedNothing() ? Messages.get("util.import.unchanged", r.records())
                : Messages.get("util.import.done", r.records(), r.devicesAdded(), r.appsAdded(), r.appsUpdated(),
                    r.unknownApplications().size()));
            refresh();
        }, t -> {
            busy.set(false);
            if (t instanceof ValidationException v) {
                error.set(Messages.get("util.import.invalid", file.getFileName(), v.errors().size(),
                    String.join("\n", v.errors().stream().limit(8).map(e -> e.message()).toList())));
            } else if (t instanceof CancelledException) {
                notice.set(Messages.get("util.import.cancelled"));
            } else {
                fail(t);
            }
        });
    }

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
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ValidationException(List.of(new dev.seatledger.core.common.FieldError("file",
                Messages.get("util.import.encoding"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void mapApp(TelemetryQuery.UnknownApp app, ProductOption product) {
        executor.run(() -> aliases.map(app.appKey(), product.id()), () -> {
            notice.set(Messages.get("util.unknown.mapped", app.name(), product.name()));
            refresh();
        }, this::fail);
    }

    public void addToCatalog(TelemetryQuery.UnknownApp app, String productName, String publisher) {
        executor.run(() -> aliases.addToCatalog(app.appKey(), productName, publisher, null), () -> {
            notice.set(Messages.get("util.unknown.added", productName));
            refresh();
        }, this::fail);
    }

    public void products(java.util.function.Consumer<List<ProductOption>> result) {
        executor.execute(catalog::options, result, this::fail);
    }

    private void fail(Throwable t) {
        error.set(ErrorText.of(t));
    }

    public ObjectProperty<Signal> signalProperty() { return signal; }
    public ObjectProperty<String> departmentProperty() { return department; }
    public ObjectProperty<ProductOption> productProperty() { return product; }
    public ObservableList<ProductOption> productChoices() { return productChoices; }

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

    public ObservableList<LicenseUtilization> ranking() { return ranking; }
    public PagedRowList<DormantSeat> dormant() { return dormant; }
    public LongProperty matchingProperty() { return matching; }
    public StringProperty dormantCountProperty() { return dormantCount; }
    public ObservableList<String> departments() { return departments; }
    public ObservableList<TelemetryQuery.UnusedSeat> unused() { return unused; }
    public ObservableList<TelemetryQuery.ShadowApp> shadow() { return shadow; }
    public ObservableList<TelemetryQuery.UnknownApp> unknown() { return unknown; }
    public ObservableList<TelemetryQuery.DeviceRow> devices() { return devices; }
    public StringProperty savingsProperty() { return savings; }
    public StringProperty missingRatesProperty() { return missingRates; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record DormantFirst(long count, List<DormantSeat> rows, UtilizationSummary summary) {
    }

    private record Snapshot(UtilizationSummary summary, DormantFirst dormant, List<ProductOption> products) {
    }

    private record Reconciliation(List<TelemetryQuery.UnusedSeat> unused, List<TelemetryQuery.ShadowApp> shadow,
                                  List<TelemetryQuery.UnknownApp> unknown, List<TelemetryQuery.DeviceRow> devices) {
    }
}
