package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Amounts;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseRules;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.ui.common.FormViewModel;
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

/** The add/edit license form: typed text parsed field by field, live warnings and derived cost. */
public class LicenseFormViewModel extends FormViewModel {
    private final LicenseService service;
    private final CatalogQuery catalog;
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

    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty derived = new SimpleStringProperty("");
    private final BooleanProperty hasStoredKey = new SimpleBooleanProperty(false);

    public LicenseFormViewModel(LicenseService service, CatalogQuery catalog, TaskExecutor executor, Long licenseId) {
        super(executor);
        this.service = service;
        this.catalog = catalog;
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
        read(() -> new Loaded(catalog.options(), licenseId == null ? null : service.draftOf(licenseId),
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
            });
    }

    /** Loads the product list, then fills the form with a draft to review (a new license read from a contract). */
    public void loadDraft(LicenseDraft draft, Runnable onLoaded) {
        read(catalog::options, options -> {
            products.setAll(options);
            fill(draft);
            onLoaded.run();
        });
    }

    private void fill(LicenseDraft d) {
        products.stream().filter(p -> p.id() == d.productId()).findFirst().ifPresentOrElse(product::set,
            () -> {
                ProductOption archived = new ProductOption(d.productId(), "#" + d.productId(), "");
                products.add(archived);
                product.set(archived);
            });
        name.set(shown(d.name()));
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
        businessOwner.set(shown(d.businessOwner()));
        purchaseOrder.set(shown(d.purchaseOrder()));
        invoiceNumber.set(shown(d.invoiceNumber()));
        edition.set(shown(d.edition()));
        productVersion.set(shown(d.productVersion()));
        vendor.set(shown(d.vendor()));
        status.set(d.status());
        notes.set(shown(d.notes()));
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
        String key = licenseId == null ? blankToNull(licenseKey.get())
            : removeKey.get() ? "" : blankToNull(licenseKey.get());
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

    /** Saves when every typed value parses; parse problems and validation errors go under their fields. */
    public void save(Consumer<SaveResult> onSaved) {
        clearErrors();
        Parsed p = parse();
        if (!p.problems().isEmpty()) {
            showFieldErrors(p.problems());
            return;
        }
        submit(() -> licenseId == null ? service.create(p.draft()) : service.update(licenseId, p.draft()), onSaved);
    }

    private static String plain(BigDecimal b) {
        if (b == null) {
            return "";
        }
        BigDecimal stripped = b.stripTrailingZeros();
        return stripped.scale() <= 2 ? b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : stripped.toPlainString();
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
    public ObservableList<String> warnings() { return warnings; }
    public StringProperty derivedProperty() { return derived; }

    record Parsed(LicenseDraft draft, Map<String, String> problems) {
    }

    private record Loaded(List<ProductOption> products, LicenseDraft draft, boolean hasKey) {
    }
}
