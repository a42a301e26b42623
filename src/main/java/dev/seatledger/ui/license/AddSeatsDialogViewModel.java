package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.AddSeatsRequest;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.core.license.TermService;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Add seats…": seats added inside a term from a day. The prorated cost to the term's end is worked out by the service
 * as the figures are typed ({@link TermService#quoteAddSeats}) and shown before anything is saved.
 */
public class AddSeatsDialogViewModel extends TermFormViewModel {
    static final Set<String> FIELDS = Set.of("seats", "from", "perSeat", "purchaseOrder");

    private final TermService terms;
    private final long licenseId;
    private final StringProperty seats = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty perSeat = new SimpleStringProperty("");
    private final StringProperty purchaseOrder = new SimpleStringProperty("");
    private final StringProperty quote = new SimpleStringProperty("");
    private final ObjectProperty<TermChange> quoted = new SimpleObjectProperty<>();
    private long generation;

    public AddSeatsDialogViewModel(TermService terms, TaskExecutor executor, long licenseId, LocalDate today) {
        super(executor, FIELDS);
        this.terms = terms;
        this.licenseId = licenseId;
        from.set(today);
        seats.addListener((o, a, b) -> requote());
        from.addListener((o, a, b) -> requote());
        perSeat.addListener((o, a, b) -> requote());
        quote.set(Messages.get("termui.addSeats.quote.none"));
    }

    private Request parse(Map<String, String> problems) {
        Integer n = TermInput.seats("seats", seats.get(), problems);
        BigDecimal price = TermInput.amount("perSeat", Messages.get("termui.field.perSeat"), perSeat.get(), problems);
        if (n == null && !problems.containsKey("seats")) {
            problems.put("seats", Messages.get("termui.seats.required"));
        }
        if (from.get() == null) {
            problems.put("from", Messages.get("term.from.required"));
        }
        return new Request(problems.isEmpty() ? new AddSeatsRequest(licenseId, n, from.get(), price,
            blankToNull(purchaseOrder.get())) : null);
    }

    private record Request(AddSeatsRequest request) {
    }

    /** Works out the prorated cost of what is typed; says what is missing or refused instead when it cannot. */
    public void requote() {
        long gen = ++generation;
        quoted.set(null);
        Map<String, String> problems = new HashMap<>();
        AddSeatsRequest r = parse(problems).request();
        if (r == null) {
            quote.set(problems.containsKey("seats") || problems.containsKey("from")
                ? Messages.get("termui.addSeats.quote.none") : String.join(" ", problems.values()));
            return;
        }
        executor.execute(() -> terms.quoteAddSeats(r), c -> {
            if (gen == generation) {
                quoted.set(c);
                quote.set(Messages.get("termui.addSeats.quote", Money.format(c.cost(), c.currency()), c.termNo()));
            }
        }, t -> {
            if (gen == generation) {
                quote.set(t instanceof ValidationException v ? String.join(" ", v.byField().values()) : ErrorText.of(t));
            }
        });
    }

    /** Records the seats when every typed value reads; problems go under their fields and the dialog stays open. */
    public void save(Consumer<TermChange> onSaved) {
        clearErrors();
        Map<String, String> problems = new HashMap<>();
        AddSeatsRequest r = parse(problems).request();
        if (r == null) {
            showFieldErrors(problems);
            return;
        }
        submit(() -> terms.addSeats(r), onSaved);
    }

    public StringProperty seatsProperty() { return seats; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public StringProperty perSeatProperty() { return perSeat; }
    public StringProperty purchaseOrderProperty() { return purchaseOrder; }
    public StringProperty quoteProperty() { return quote; }
    public ObjectProperty<TermChange> quotedProperty() { return quoted; }
}
