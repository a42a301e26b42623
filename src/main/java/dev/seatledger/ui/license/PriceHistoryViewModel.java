package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.Amendment;
import dev.seatledger.core.license.PriceChange;
import dev.seatledger.core.license.PriceHistory;
import dev.seatledger.core.license.TermLine;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.renewal.ReportFile;
import dev.seatledger.core.renewal.ReviewPack;
import dev.seatledger.core.renewal.ReviewPackPdf;
import dev.seatledger.core.renewal.ReviewPackQuery;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.finance.ExportJob;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A license's price history: one line per term (its dates, seats, per-seat price, cost per year and the changes
 * against the previous term) with the seats added inside it on the lines under it.
 */
public class PriceHistoryViewModel {
    private static final String NONE = "\u2014";

    /** A line as the table shows it; {@code amendment} lines are the seats added inside the term above. */
    public record Line(String term, String from, String to, String seats, String perSeat, String perYear,
                       String perSeatYear, String perSeatChange, String perYearChange, String refs, boolean amendment,
                       boolean current) {
    }

    private final TermQuery terms;
    private final ReviewPackQuery packs;
    private final Supplier<String> base;
    private final TaskExecutor executor;
    private final long licenseId;
    private final ExportJob export;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<PriceHistory> history = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public PriceHistoryViewModel(TermQuery terms, ReviewPackQuery packs, Supplier<String> base, TaskExecutor executor,
                                 long licenseId) {
        this.terms = terms;
        this.packs = packs;
        this.base = base;
        this.executor = executor;
        this.licenseId = licenseId;
        this.export = new ExportJob(executor);
    }

    /** The license's renewal review pack as a PDF, written off the FX thread with progress. */
    public void exportPack(Path target) {
        String currency = base.get();
        export.start(p -> {
            ReviewPack pack = packs.pack(currency, licenseId, p);
            ReportFile.write(target, p, out -> new ReviewPackPdf().write(pack, out));
            return target;
        }, t -> Messages.get("positions.export.done", t.getFileName()));
    }

    public String packFileName() {
        return "review-pack-" + licenseId + ".pdf";
    }

    public void load() {
        loading.set(true);
        executor.execute(() -> terms.history(licenseId), h -> {
            loading.set(false);
            history.set(h);
            lines.setAll(lines(h));
        }, t -> {
            loading.set(false);
            error.set(ErrorText.of(t));
        });
    }

    static List<Line> lines(PriceHistory h) {
        List<Line> out = new ArrayList<>();
        for (TermLine t : h.terms()) {
            String term = t.current() ? Messages.get("review.pdf.currentTerm", t.termNo()) : String.valueOf(t.termNo());
            out.add(new Line(term, Labels.date(t.start()), Labels.date(t.end()),
                t.seats() == null ? Messages.get("termui.history.unlimited") : Labels.count(t.seats()),
                money(t.pricePerSeat(), t.currency()) + cycle(t), money(t.annualCost(), t.currency()),
                money(t.yearlyPerSeat(), t.currency()), change(t.perSeatChangePercent()),
                change(t.annualChangePercent()), refs(t.purchaseOrder(), t.invoiceNumber()), false, t.current()));
            for (Amendment a : t.amendments()) {
                out.add(new Line("", Labels.date(a.from()), "", "+" + Labels.count(a.seats()),
                    money(a.pricePerSeat(), a.currency()), Messages.get("review.pdf.prorated",
                        money(a.proratedCost(), a.currency())), "", "", "", "", true, false));
            }
        }
        return out;
    }

    /** "$130.00 / year" for a price per billing period; a custom cycle's price is a yearly one. */
    private static String cycle(TermLine t) {
        return t.pricePerSeat() == null || t.cycle() == null ? "" : " " + Messages.get("termui.history.per." + t.cycle().name());
    }

    /** A price and its change against the previous term, as one cell: "$130.00 / year  (+8.3 %)". */
    static String withChange(String price, String change) {
        return change == null || change.isEmpty() || NONE.equals(change) ? price
            : Messages.get("termui.history.withChange", price, change);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? NONE : Money.format(amount, currency);
    }

    private static String change(BigDecimal percent) {
        return percent == null ? NONE : PriceChange.signed(percent);
    }

    private static String refs(String po, String invoice) {
        return po == null && invoice == null ? NONE : (po == null ? NONE : po) + " / " + (invoice == null ? NONE : invoice);
    }

    public ExportJob export() { return export; }
    public ObservableList<Line> lines() { return lines; }
    public ObjectProperty<PriceHistory> historyProperty() { return history; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty errorProperty() { return error; }
}
