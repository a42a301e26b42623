package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.PriceChange;
import dev.seatledger.core.license.RenewalProposal;
import dev.seatledger.core.license.RenewalRequest;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.core.license.TermService;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Renew…": the next term of a license, pre-filled from what {@link TermService#proposal} proposes (the renewal
 * review's target seats and price change, else the seats held now and the last price) and saved as the next term.
 */
public class RenewDialogViewModel extends TermFormViewModel {
    static final Set<String> FIELDS = Set.of("start", "end", "seats", "perSeat", "total", "purchaseOrder", "invoiceNumber");

    private final TermService terms;
    private final long licenseId;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty seats = new SimpleStringProperty("");
    private final StringProperty perSeat = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty purchaseOrder = new SimpleStringProperty("");
    private final StringProperty invoiceNumber = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty pricing = new SimpleStringProperty("");
    private final BooleanProperty unlimited = new SimpleBooleanProperty(false);

    public RenewDialogViewModel(TermService terms, TaskExecutor executor, long licenseId) {
        super(executor, FIELDS);
        this.terms = terms;
        this.licenseId = licenseId;
    }

    /** Reads the proposal and fills the form with it. */
    public void load() {
        read(() -> terms.proposal(licenseId), this::fill);
    }

    void fill(RenewalProposal p) {
        start.set(p.start());
        end.set(p.end());
        unlimited.set(p.seats() == null);
        seats.set(p.seats() == null ? "" : String.valueOf(p.seats()));
        perSeat.set(TermInput.shown(p.perSeat()));
        total.set(TermInput.shown(p.total()));
        pricing.set(Messages.get("termui.renew.pricing", p.currency(), Labels.of("license.cycle", p.cycle())));
        basis.set(p.priceChangePercent() == null ? Messages.get("termui.renew.basis.last")
            : Messages.get("termui.renew.basis.review", PriceChange.signed(p.priceChangePercent())));
    }

    /** Saves the next term when every typed value reads; problems go under their fields and the dialog stays open. */
    public void renew(Consumer<TermChange> onSaved) {
        clearErrors();
        Map<String, String> problems = new HashMap<>();
        Integer n = unlimited.get() ? null : TermInput.seats("seats", seats.get(), problems);
        BigDecimal each = TermInput.amount("perSeat", Messages.get("termui.field.perSeat"), perSeat.get(), problems);
        BigDecimal sum = TermInput.amount("total", Messages.get("termui.field.total"), total.get(), problems);
        if (end.get() == null) {
            problems.put("end", Messages.get("term.end.required"));
        }
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        RenewalRequest r = new RenewalRequest(licenseId, start.get(), end.get(), n, each, sum,
            blankToNull(purchaseOrder.get()), blankToNull(invoiceNumber.get()));
        submit(() -> terms.renew(r), onSaved);
    }

    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty seatsProperty() { return seats; }
    public StringProperty perSeatProperty() { return perSeat; }
    public StringProperty totalProperty() { return total; }
    public StringProperty purchaseOrderProperty() { return purchaseOrder; }
    public StringProperty invoiceNumberProperty() { return invoiceNumber; }
    public StringProperty basisProperty() { return basis; }
    public StringProperty pricingProperty() { return pricing; }
    public BooleanProperty unlimitedProperty() { return unlimited; }
}
