package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Amounts;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseRules;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The add/edit license form: typed text parsed field by field, live warnings and derived cost. */
public class LicenseFormViewModel {
    private final LicenseService service;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final Long licenseId;

    private final ObservableList<ProductOption> products = FXCollections.observableArrayList();
    private final ObjectProperty<ProductOption> product = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty seatsTotal = new SimpleStringProperty("1");
    private final ObjectProperty<SeatType> seatType = new SimpleObjectProperty<>(SeatType.USER);
    private final StringProperty costPerSeat = new SimpleStringProperty("");
    private final StringProperty totalCost = new SimpleStringProperty("");
    private final StringProperty customAnnualCost = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final ObjectProperty<BillingCycle> billingCycle = new SimpleObjectProperty<>(BillingCycle.ANNUAL);
    private final ObjectProperty<LocalDate> purchaseDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiryDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> renewalDate = new SimpleObjectProperty<>();
    private final BooleanProperty autoRenew = new SimpleBooleanProperty(false);
    private final StringProperty noticeDays = new SimpleStringProperty("30");
    private final StringProperty businessOwner = new SimpleStringProperty("");
    private final StringProperty licenseKey = new SimpleStringProperty("");
    private final BooleanProperty removeKey = new SimpleBooleanProperty(false);
    private final StringProperty purchaseOrder = new SimpleStringProperty("");
    private final StringProperty invoiceNumber = new SimpleStringProperty("");
    private final StringProperty edition = new SimpleStringProperty("");
    private final StringProperty productVersion = new SimpleStringProperty("");
    private final StringProperty vendor = new SimpleStringProperty("");
    private final ObjectProperty<LicenseStatus> status = new SimpleObjectProperty<>(LicenseStatus.ACTIVE);
    private final StringProperty notes = new SimpleStringProperty("");

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty derived = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty hasStoredKey = new SimpleBooleanProperty(false);

    public LicenseFormViewModel(LicenseService service, CatalogQuery catalog, TaskExecutor executor, Long licenseId) {
        this.service = service;
        this.catalog = catalog;
        this.executor = executor;
        this.licenseId = licenseId;
        Observable[] watched = {seatsTotal, seatType, costPerSeat, totalCost, customAnnualCost, currency, billingCycle,
            purchaseDate, startDate};
        for (Observable o : watched) {
            o.addListener(x -> recompute());
        }
    }

    public boolean isNew() {
        return licenseId == null;
    }

    /** Loads the product list and, when editing, the stored values. */
    public void load(Long preselectedProduct, Runnable onLoaded) {
        executor.execute(() -> new Loaded(catalog.options(), licenseId == null ? null : service.draftOf(licenseId),
                licenseId != null && service.detail(licenseId).hasKey()),
            loaded -> {
                products.setAll(loaded.products());
                if (loaded.draft() != null) {
                    fill(loaded.draft());
                    hasStoredKey.set(loaded.hasKey());
                } else if (preselectedProduct != null) {
                    products.stream().filter(p -> p.id() == preselectedProduct).findFirst().ifPresent(product::set);
                }
                onLoaded.run();
            }, t -> generalError.set(ErrorText.of(t)));
    }

    /** Loads the product list, then fills the form with a draft to review (a new license read from a contract). */
    public void loadDraft(LicenseDraft draft, Runnable onLoaded) {
        executor.execute(catalog::options, options -> {
            products.setAll(options);
            fill(draft);
            onLoaded.run();
        }, t -> generalError.set(ErrorText.of(t)));
    }

    private void fill(LicenseDraft d) {
        products.stream().filter(p -> p.id() == d.productId()).findFirst().ifPresentOrElse(product::set,
            () -> {
                ProductOption archived = new ProductOption(d.productId(), "#" + d.productId(), "");
                products.add(archived);
                product.set(archived);
            });
        name.set(nz(d.name()));
        seatsTotal.set(d.seatsTotal() == null ? "" : d.seatsTotal().toString());
        seatType.set(d.seatType());
        costPerSeat.set(plain(d.costPerSeat()));
        totalCost.set(plain(d.totalCost()));
        customAnnualCost.set(plain(d.customAnnualCost()));
        currency.set(d.currency());
        billingCycle.set(d.billingCycle());
        purchaseDate.set(d.purchaseDate());
        startDate.set(d.startDate());
        expiryDate.set(d.expiryDate());
        renewalDate.set(d.renewalDate());
        autoRenew.set(d.autoRenew());
        noticeDays.set(String.valueOf(d.renewalNoticeDays()));
        businessOwner.set(nz(d.businessOwner()));
        purchaseOrder.set(nz(d.purchaseOrder()));
        invoiceNumber.set(nz(d.invoiceNumber()));
        edition.set(nz(d.edition()));
        productVersion.set(nz(d.productVersion()));
        vendor.set(nz(d.vendor()));
        status.set(d.status());
        notes.set(nz(d.notes()));
    }

    /** Parses the typed text; parse problems are returned as field errors. */
    Parsed parse() {
        Map<String, String> problems = new HashMap<>();
        Integer seats = null;
        if (seatType.get() != SeatType.UNLIMITED) {
            String t = seatsTotal.get() == null ? "" : seatsTotal.get().strip().replace(",", "").replace(" ", "");
            if (!t.isEmpty()) {
                try {
                    seats = Integer.valueOf(t);
                } catch (NumberFormatException e) {
                    problems.put("seatsTotal", Messages.get("license.seats.number"));
                }
            }
        }
        Integer notice = null;
        String n = noticeDays.get() == null ? "" : noticeDays.get().strip();
        if (n.isEmpty()) {
            notice = 30;
        } else {
            try {
                notice = Integer.valueOf(n);
            } catch (NumberFormatException e) {
                problems.put("renewalNoticeDays", Messages.get("license.notice.number"));
            }
        }
        BigDecimal perSeat = amount("costPerSeat", costPerSeat.get(), problems);
        BigDecimal total = amount("totalCost", totalCost.get(), problems);
        BigDecimal custom = amount("customAnnualCost", customAnnualCost.get(), problems);
        String key = licenseId == null ? emptyToNull(licenseKey.get())
            : removeKey.get() ? "" : emptyToNull(licenseKey.get());
        LicenseDraft draft = new LicenseDraft(product.get() == null ? null : product.get().id(), name.get(), seats,
            seatType.get(), perSeat, total, custom, currency.get(), billingCycle.get(), purchaseDate.get(),
            startDate.get(), expiryDate.get(), renewalDate.get(), autoRenew.get(), notice, businessOwner.get(), key,
            purchaseOrder.get(), invoiceNumber.get(), edition.get(), productVersion.get(), vendor.get(), status.get(),
            notes.get());
        return new Parsed(draft, problems);
    }

    private static BigDecimal amount(String field, String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var v = Amounts.parse(text);
        if (v.isEmpty()) {
            problems.put(field, Messages.get("license.cost.number"));
            return null;
        }
        return v.get();
    }

    private void recompute() {
        Parsed p = parse();
        warnings.setAll(LicenseRules.warnings(p.draft()));
        LicenseDraft d = p.draft();
        String cur = Money.isIsoCurrency(d.currency() == null ? null : d.currency().toUpperCase()) ? d.currency().toUpperCase() : "EUR";
        BigDecimal dt = CostMath.derivedTotal(d.costPerSeat(), d.totalCost(), d.seatsTotal(), d.seatType());
        BigDecimal dp = CostMath.derivedPerSeat(d.costPerSeat(), d.totalCost(), d.seatsTotal(), d.seatType());
        derived.set(dt != null ? Messages.get("license.derived.total", Money.format(dt, cur))
            : dp != null ? Messages.get("license.derived.perSeat", Money.format(dp, cur)) : "");
    }

    public void save(Consumer<SaveResult> onSaved) {
        errors.clear();
        generalError.set("");
        Parsed p = parse();
        if (!p.problems().isEmpty()) {
            errors.putAll(p.problems());
            return;
        }
        busy.set(true);
        executor.execute(() -> licenseId == null ? service.create(p.draft()) : service.update(licenseId, p.draft()),
            result -> {
                busy.set(false);
                onSaved.accept(result);
            }, t -> {
                busy.set(false);
                if (t instanceof ValidationException v) {
                    errors.putAll(v.byField());
                } else {
                    generalError.set(ErrorText.of(t));
                }
            });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal b) {
        if (b == null) {
            return "";
        }
        BigDecimal stripped = b.stripTrailingZeros();
        return stripped.scale() <= 2 ? b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : stripped.toPlainString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ObservableList<ProductOption> products() { return products; }
    public ObjectProperty<ProductOption> productProperty() { return product; }
    public StringProperty nameProperty() { return name; }
    public StringProperty seatsTotalProperty() { return seatsTotal; }
    public ObjectProperty<SeatType> seatTypeProperty() { return seatType; }
    public StringProperty costPerSeatProperty() { return costPerSeat; }
    public StringProperty totalCostProperty() { return totalCost; }
    public StringProperty customAnnualCostProperty() { return customAnnualCost; }
    public StringProperty currencyProperty() { return currency; }
    public ObjectProperty<BillingCycle> billingCycleProperty() { return billingCycle; }
    public ObjectProperty<LocalDate> purchaseDateProperty() { return purchaseDate; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> expiryDateProperty() { return expiryDate; }
    public ObjectProperty<LocalDate> renewalDateProperty() { return renewalDate; }
    public BooleanProperty autoRenewProperty() { return autoRenew; }
    public StringProperty noticeDaysProperty() { return noticeDays; }
    public StringProperty businessOwnerProperty() { return businessOwner; }
    public StringProperty licenseKeyProperty() { return licenseKey; }
    public BooleanProperty removeKeyProperty() { return removeKey; }
    public BooleanProperty hasStoredKeyProperty() { return hasStoredKey; }
    public StringProperty purchaseOrderProperty() { return purchaseOrder; }
    public StringProperty invoiceNumberProperty() { return invoiceNumber; }
    public StringProperty editionProperty() { return edition; }
    public StringProperty productVersionProperty() { return productVersion; }
    public StringProperty vendorProperty() { return vendor; }
    public ObjectProperty<LicenseStatus> statusProperty() { return status; }
    public StringProperty notesProperty() { return notes; }
    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<String> warnings() { return warnings; }
    public StringProperty derivedProperty() { return derived; }
    public StringProperty generalErrorProperty() { return generalError; }
    public BooleanProperty busyProperty() { return busy; }

    record Parsed(LicenseDraft draft, Map<String, String> problems) {
    }

    private record Loaded(List<ProductOption> products, LicenseDraft draft, boolean hasKey) {
    }
}
